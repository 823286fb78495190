package com.neckcheck.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The folder of the embedded store holds health data: it is made readable by the service's own user only
 * (0700), before the store opens it, whether it is new or was made earlier with looser rights.
 */
@Configuration(proxyBeanMethods = false)
class DataFolder {

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	/** Runs before any bean is made, so before the data source opens the store in the folder. */
	@Bean
	static BeanFactoryPostProcessor privateDataFolder(Environment environment) {
		return beanFactory -> {
			String folder = environment.getProperty("neckcheck.data-dir");
			String url = environment.getProperty("spring.datasource.url", "");
			if (folder == null || folder.isBlank() || !url.startsWith("jdbc:h2:file:")) {
				return;
			}
			makePrivate(Path.of(folder));
		};
	}

	static void makePrivate(Path folder) {
		try {
			Files.createDirectories(folder);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(folder, OWNER_ONLY);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot make the data folder " + folder.toAbsolutePath() + " private", ex);
		}
	}

}
