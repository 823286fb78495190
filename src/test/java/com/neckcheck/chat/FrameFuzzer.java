package com.neckcheck.chat;

import java.util.List;
import java.util.Random;

/**
 * Generates hostile client frames from a seed, each with what the server must answer: an {@code error}, a
 * {@code pong}, or closing the socket. Every kind of bad input the contract names is covered: invalid JSON,
 * wrong types, huge numbers, deep nesting, unknown types, oversized and far-oversized frames, binary frames
 * and messages out of order (answers before {@code start}, resumes of unknown conversations).
 */
final class FrameFuzzer {

	enum Expect {

		ERROR, PONG, CLOSE

	}

	record Frame(String kind, String text, byte[] binary, Expect expect) {
	}

	private static final List<String> VALID = List.of("{\"type\":\"text\",\"id\":\"m1\",\"text\":\"my neck hurts\"}",
			"{\"type\":\"choice\",\"id\":\"m2\",\"value\":\"yes\"}", "{\"type\":\"start\",\"lang\":\"en\"}",
			"{\"type\":\"choice\",\"id\":\"m3\",\"value\":[\"occiput\",\"temple\"]}", "{\"type\":\"ping\"}");

	private final Random random;

	FrameFuzzer(long seed) {
		this.random = new Random(seed);
	}

	Frame next() {
		int pick = random.nextInt(100);
		if (pick < 12) {
			return error("garbage", garbage(1 + random.nextInt(200)));
		}
		if (pick < 22) {
			String valid = VALID.get(random.nextInt(VALID.size()));
			return error("truncated", valid.substring(0, 1 + random.nextInt(valid.length() - 1)));
		}
		if (pick < 28) {
			return error("not an object", pickOf("[1,2,3]", "\"start\"", "42", "null", "true", "[]", "{}", "[{\"type\":\"ping\"}]"));
		}
		if (pick < 42) {
			return error("wrong types", pickOf("{\"type\":5}", "{\"type\":null}", "{\"type\":[\"start\"]}",
					"{\"type\":{\"a\":1}}", "{\"type\":\"text\",\"id\":{},\"text\":\"x\"}",
					"{\"type\":\"text\",\"id\":\"a\",\"text\":[1,2]}", "{\"type\":\"text\",\"id\":\"a\",\"text\":null}",
					"{\"type\":\"choice\",\"id\":\"a\",\"value\":{\"x\":1}}", "{\"type\":\"choice\",\"id\":\"a\",\"value\":true}",
					"{\"type\":\"choice\",\"id\":\"a\",\"value\":[1,{\"b\":2}]}", "{\"type\":\"choice\",\"id\":1.5,\"value\":\"yes\"}",
					"{\"type\":\"start\",\"lang\":7}", "{\"type\":\"start\",\"resume\":[\"x\"]}",
					"{\"type\":\"start\",\"after\":\"ten\"}", "{\"type\":\"start\",\"after\":-3}",
					"{\"type\":\"start\",\"lang\":\"" + "x".repeat(50) + "\"}",
					"{\"type\":\"text\",\"id\":\"" + "i".repeat(300) + "\",\"text\":\"hi\"}",
					"{\"type\":\"text\",\"id\":\"\",\"text\":\"hi\"}"));
		}
		if (pick < 50) {
			return error("huge numbers", pickOf("{\"type\":\"choice\",\"id\":\"a\",\"value\":1e99999}",
					"{\"type\":\"choice\",\"id\":\"a\",\"value\":-1e400}",
					"{\"type\":\"start\",\"after\":123456789012345678901234567890}",
					"{\"type\":\"start\",\"after\":1e12}", "{\"type\":\"choice\",\"id\":\"a\",\"value\":" + "9".repeat(1500) + "}",
					"{\"type\":\"choice\",\"id\":" + "7".repeat(200) + ",\"value\":\"yes\"}"));
		}
		if (pick < 56) {
			int depth = 200 + random.nextInt(1800);
			String open = random.nextBoolean() ? "[" : "{\"a\":";
			return error("deep nesting", "{\"type\":\"choice\",\"id\":\"a\",\"value\":" + open.repeat(depth / open.length()));
		}
		if (pick < 62) {
			return error("unknown type", "{\"type\":\"" + pickOf("hello", "admin", "delete", "START", "__proto__", "summary",
					"bot", garbage(8).replace("\"", "")) + "\"}");
		}
		if (pick < 74) {
			return error("out of order", pickOf("{\"type\":\"text\",\"id\":\"early\",\"text\":\"before start\"}",
					"{\"type\":\"choice\",\"id\":\"early\",\"value\":\"no\"}",
					"{\"type\":\"start\",\"resume\":\"" + garbage(43).replace("\"", "x").replace("\\", "y") + "\"}",
					"{\"type\":\"start\",\"resume\":\"\",\"after\":5}"));
		}
		if (pick < 79) {
			return error("too large", "{\"type\":\"text\",\"id\":\"big\",\"text\":\""
					+ (random.nextBoolean() ? "a".repeat(5000) : "😀".repeat(1200)) + "\"}");
		}
		if (pick < 86) {
			byte[] bytes = new byte[1 + random.nextInt(512)];
			random.nextBytes(bytes);
			return new Frame("binary", null, bytes, Expect.ERROR);
		}
		if (pick < 87) {
			return new Frame("1 MB", "{\"type\":\"text\",\"id\":\"huge\",\"text\":\"" + "b".repeat(1 << 20) + "\"}", null,
					Expect.CLOSE);
		}
		return new Frame("ping", "{\"type\":\"ping\"}", null, Expect.PONG);
	}

	private Frame error(String kind, String text) {
		return new Frame(kind, text, null, Expect.ERROR);
	}

	private String pickOf(String... options) {
		return options[random.nextInt(options.length)];
	}

	private String garbage(int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(10);
			out.append(kind < 6 ? (char) (32 + random.nextInt(95)) : kind < 8 ? "{}[]\":,\\".charAt(random.nextInt(8))
					: (char) (0x80 + random.nextInt(0x2000)));
		}
		String text = out.toString();
		// Some garbage happens to be JSON ("7", "[]"): make sure it is not, so that an error is owed.
		return text.startsWith("{") || text.startsWith("[") || text.startsWith("\"") || Character.isDigit(text.charAt(0))
				? "~" + text : text;
	}

}
