package com.neckcheck.perf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Draws turn latency against concurrency, NeckCheck and the echo baseline, p50 and p99, as an SVG file. */
final class LatencyChart {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 420;

	private static final int LEFT = 70;

	private static final int RIGHT = 170;

	private static final int TOP = 50;

	private static final int BOTTOM = 60;

	private LatencyChart() {
	}

	static String svg(List<LoadGenerator.Level> levels, Duration think) {
		double max = levels.stream().mapToDouble(l -> l.neckcheck().p(0.99)).max().orElse(1);
		max = niceCeiling(Math.max(max, levels.stream().mapToDouble(l -> l.echo().p(0.99)).max().orElse(1)));
		int maxSessions = levels.stream().mapToInt(LoadGenerator.Level::sessions).max().orElse(1);
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Turn latency against concurrent visitors (think time %d ms, %s)</text>%n",
				LEFT, think.toMillis(), LocalDate.now()));
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		for (int i = 0; i <= 5; i++) {
			double value = max * i / 5;
			double y = TOP + plotHeight - plotHeight * i / 5.0;
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y,
					LEFT + plotWidth, y));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f ms</text>%n", LEFT - 6, y + 4,
					value));
		}
		for (LoadGenerator.Level level : levels) {
			double x = LEFT + plotWidth * level.sessions() / (double) maxSessions;
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
					TOP + plotHeight + 18, level.sessions()));
		}
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">concurrent sessions</text>%n",
				LEFT + plotWidth / 2, HEIGHT - 16));
		series(svg, levels, l -> l.neckcheck().p(0.99), "#a4161a", "", "NeckCheck p99", 0, max, maxSessions);
		series(svg, levels, l -> l.neckcheck().p(0.5), "#a4161a", "6 4", "NeckCheck p50", 1, max, maxSessions);
		series(svg, levels, l -> l.echo().p(0.99), "#0b5f7a", "", "echo p99", 2, max, maxSessions);
		series(svg, levels, l -> l.echo().p(0.5), "#0b5f7a", "6 4", "echo p50", 3, max, maxSessions);
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void series(StringBuilder svg, List<LoadGenerator.Level> levels, ToDoubleFunction<LoadGenerator.Level> value,
			String colour, String dash, String name, int legendRow, double max, int maxSessions) {
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder points = new StringBuilder();
		for (LoadGenerator.Level level : levels) {
			double x = LEFT + plotWidth * level.sessions() / (double) maxSessions;
			double y = TOP + plotHeight - plotHeight * Math.min(1, value.applyAsDouble(level) / max);
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
		}
		svg.append(String.format(Locale.ROOT,
				"<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>%n",
				points.toString().trim(), colour, dash));
		int legendY = TOP + 10 + legendRow * 20;
		int legendX = LEFT + plotWidth + 16;
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>%n", legendX,
				legendY, legendX + 24, legendY, colour, dash));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", legendX + 30, legendY + 4, name));
	}

	private static double niceCeiling(double value) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-9))));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (value <= step * magnitude) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

}
