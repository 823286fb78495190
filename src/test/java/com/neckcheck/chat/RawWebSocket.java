package com.neckcheck.chat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client written against RFC 6455 by hand, for what well-behaved clients cannot send: text
 * frames that are not UTF-8, any Origin header, raw bytes. Frames are masked, as a client's must be.
 */
public final class RawWebSocket implements AutoCloseable {

	public record Frame(int opcode, byte[] payload) {

		public String text() {
			return new String(payload, StandardCharsets.UTF_8);
		}

		/** The close code of a close frame, or -1. */
		public int closeCode() {
			return opcode == 8 && payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
		}

	}

	private final Socket socket;

	private final DataInputStream in;

	private final OutputStream out;

	private final int status;

	private RawWebSocket(String from, int port, String origin) throws IOException {
		socket = from == null ? new Socket("127.0.0.1", port)
				: new Socket(java.net.InetAddress.getByName("127.0.0.1"), port, java.net.InetAddress.getByName(from), 0);
		socket.setSoTimeout(20_000);
		out = socket.getOutputStream();
		in = new DataInputStream(socket.getInputStream());
		byte[] nonce = new byte[16];
		ThreadLocalRandom.current().nextBytes(nonce);
		String request = "GET /ws/chat HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce)
				+ "\r\nSec-WebSocket-Version: 13\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
		out.write(request.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		String head = readHead(in);
		status = Integer.parseInt(head.substring(9, 12));
	}

	public static RawWebSocket connect(int port) {
		return connect(port, null);
	}

	public static RawWebSocket connect(int port, String origin) {
		try {
			return new RawWebSocket(null, port, origin);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * From another loopback address (127.0.0.2, ...), as a second client machine would be seen: the socket is
	 * bound to it, since Linux would otherwise send from 127.0.0.1 whatever loopback address is dialled.
	 */
	public static RawWebSocket connectFrom(String loopbackAddress, int port) {
		try {
			return new RawWebSocket(loopbackAddress, port, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The next text frame, or an assertion error when the server closed instead. */
	public String readText() {
		Frame frame = read();
		if (frame.opcode() != 1) {
			throw new AssertionError("expected a text frame, got opcode " + frame.opcode() + " close " + frame.closeCode());
		}
		return frame.text();
	}

	/** The HTTP status of the handshake: 101 when the socket was opened. */
	public int status() {
		return status;
	}

	public void sendText(String text) {
		send(1, text.getBytes(StandardCharsets.UTF_8));
	}

	public void send(int opcode, byte[] payload) {
		sendFrameStart(opcode, payload.length, payload);
	}

	/**
	 * Writes a frame's header announcing {@code declaredLength} bytes, then only {@code firstBytes}: what a
	 * server that refuses large frames must act on before the rest arrives.
	 */
	public void sendFrameStart(int opcode, long declaredLength, byte[] firstBytes) {
		try {
			ByteArrayOutputStream frame = new ByteArrayOutputStream();
			frame.write(0x80 | opcode);
			if (declaredLength < 126) {
				frame.write(0x80 | (int) declaredLength);
			}
			else if (declaredLength < 65536) {
				frame.write(0x80 | 126);
				frame.write((int) (declaredLength >>> 8));
				frame.write((int) declaredLength);
			}
			else {
				frame.write(0x80 | 127);
				for (int shift = 56; shift >= 0; shift -= 8) {
					frame.write((int) (declaredLength >>> shift));
				}
			}
			byte[] mask = new byte[4];
			ThreadLocalRandom.current().nextBytes(mask);
			frame.write(mask);
			for (int i = 0; i < firstBytes.length; i++) {
				frame.write(firstBytes[i] ^ mask[i % 4]);
			}
			out.write(frame.toByteArray());
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The next frame from the server (servers do not mask). */
	public Frame read() {
		try {
			int first = in.readUnsignedByte();
			int second = in.readUnsignedByte();
			long length = second & 0x7f;
			if (length == 126) {
				length = in.readUnsignedShort();
			}
			else if (length == 127) {
				length = in.readLong();
			}
			byte[] payload = new byte[(int) length];
			in.readFully(payload);
			return new Frame(first & 0x0f, payload);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.append((char) b);
		}
		return head.toString();
	}

}
