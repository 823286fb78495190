package com.neckcheck.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.neckcheck.dialog.DialogEngine;
import com.neckcheck.dialog.Screener;
import com.neckcheck.dialog.VisitorInput;
import com.neckcheck.screening.Summary;

/**
 * One dialog step (a picked answer through the engine: reading it, the red-flag rules, choosing the next
 * question), the last step (which also runs the screening model and writes the summary), and the screening
 * model alone. Sample mode, so JMH reports percentiles; two forks average over the machine's phases.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = "-Xmx1g")
public class DialogBenchmarks {

	@State(Scope.Benchmark)
	public static class Engine {

		Screenings screenings;

		int lastStep;

		@Setup(Level.Trial)
		public void build() {
			screenings = new Screenings();
			lastStep = screenings.questionsAfterStory() - 1;
		}

	}

	/** A conversation mid-screening (the tenth question after the story), new for every invocation. */
	@State(Scope.Thread)
	public static class MidScreening {

		Screenings.Walk walk;

		VisitorInput answer;

		@Setup(Level.Invocation)
		public void walk(Engine engine) {
			walk = engine.screenings.walk(10);
			answer = Screenings.negative(walk.ask());
		}

	}

	/** A conversation at its last question, new for every invocation. */
	@State(Scope.Thread)
	public static class LastQuestion {

		Screenings.Walk walk;

		VisitorInput answer;

		@Setup(Level.Invocation)
		public void walk(Engine engine) {
			walk = engine.screenings.walk(engine.lastStep);
			answer = Screenings.negative(walk.ask());
		}

	}

	/** A finished conversation's findings. */
	@State(Scope.Thread)
	public static class Finished {

		Screenings.Walk walk;

		@Setup(Level.Trial)
		public void walk(Engine engine) {
			walk = engine.screenings.walk(engine.lastStep + 1);
		}

	}

	@Benchmark
	public Screener.Turn dialogStep(Engine engine, MidScreening conversation) {
		return engine.screenings.engine.handle(conversation.walk.state(), conversation.answer);
	}

	/**
	 * Choosing the next question mid-screening (the planner's outlook of what could still change, and the
	 * question it picks), with the ask built for the wire: an upper bound of the choice alone.
	 */
	@Benchmark
	public java.util.Optional<com.neckcheck.dialog.Reply.Say> nextQuestion(Engine engine, MidScreening conversation) {
		return engine.screenings.engine.pendingQuestion(conversation.walk.state());
	}

	@Benchmark
	public Screener.Turn lastStepWithScreeningModel(Engine engine, LastQuestion conversation) {
		return engine.screenings.engine.handle(conversation.walk.state(), conversation.answer);
	}

	@Benchmark
	public Summary screeningModel(Engine engine, Finished conversation) {
		return engine.screenings.model.summarize(conversation.walk.state().findings(), "NC-BENCH00000");
	}

}
