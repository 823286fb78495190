package com.neckcheck.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** Registers {@code /ws/chat} with the container limits of {@link ChatProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatConfiguration implements WebSocketConfigurer {

	private static final int BINARY_BUFFER_BYTES = 1024;

	private final ChatHandler handler;

	private final ChatProperties properties;

	ChatConfiguration(Conversations conversations, ChatFrames frames, ServerMessages messages,
			ChatProperties properties, ChatMetrics metrics, ChatLimits limits, OpenSockets open, ChatTicker ticker) {
		this.handler = new ChatHandler(conversations, frames, messages, properties, metrics, limits, open, ticker);
		this.properties = properties;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(handler, "/ws/chat")
			.setAllowedOriginPatterns(properties.allowedOriginPatterns().toArray(String[]::new));
	}

	/**
	 * Frames beyond maxFrameBytes are refused by the container itself (close 1009) before any buffering. The
	 * container keeps both buffers for every open socket, so they are as small as the contract allows: a
	 * binary frame is never read anyway.
	 */
	@Bean
	ServletServerContainerFactoryBean chatContainer(ChatProperties properties) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(properties.maxFrameBytes());
		container.setMaxBinaryMessageBufferSize(BINARY_BUFFER_BYTES);
		container.setMaxSessionIdleTimeout(properties.idleTimeout().toMillis());
		return container;
	}

}
