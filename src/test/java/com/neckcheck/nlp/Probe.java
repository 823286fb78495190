package com.neckcheck.nlp;

import java.nio.file.Files;
import java.nio.file.Path;

public class Probe {
	public static void main(String[] args) throws Exception {
		SymptomExtractor x = Extractors.shipped();
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			if (line.isBlank()) continue;
			System.out.println("> " + line);
			for (Mention m : x.extract(line)) System.out.println("     " + m.finding().id() + ":" + m.finding().status() + (m.finding().value() != null ? "=" + m.finding().value() : "") + (m.finding().side() != null ? "/" + m.finding().side() : "") + "  '" + m.text() + "'");
		}
	}
}
