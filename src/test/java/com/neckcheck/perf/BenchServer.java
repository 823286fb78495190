package com.neckcheck.perf;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import com.neckcheck.NeckCheckApplication;

/**
 * The server the load generator measures, in a JVM of its own: NeckCheck as it ships, plus, for the
 * benchmark only, a bare echo endpoint {@code /ws/echo} on the same Spring Boot, Tomcat and WebSocket stack
 * (the limit of the stack itself), and {@code /bench/heap}, which collects garbage and reports the heap in
 * use. Neither is part of the product: this class lives in the test sources and is not annotated for
 * component scanning, so only this main registers it.
 */
@EnableWebSocket
public class BenchServer implements WebSocketConfigurer {

	/** Answers every frame with a frame of the size a screener's question has, at once. */
	static final class Echo extends TextWebSocketHandler {

		private static final String REPLY = "{\"type\":\"bot\",\"seq\":1,\"text\":\"" + "x".repeat(330) + "\"}";

		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			session.sendMessage(new TextMessage(REPLY));
		}

	}

	/** Registered as a member of this configuration, so only where this class is a source. */
	@RestController
	static class Heap {

		@GetMapping("/bench/heap")
		Map<String, Long> heap() {
			for (int i = 0; i < 3; i++) {
				System.gc();
			}
			return Map.of("used", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}

	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(new Echo(), "/ws/echo");
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(NeckCheckApplication.class, BenchServer.class).run(args);
	}

}
