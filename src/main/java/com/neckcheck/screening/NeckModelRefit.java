package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.List;

import com.neckcheck.finding.Findings;

/**
 * Refits the neck model's weights to clinicians' judgements: logistic regression on the weights' own
 * conditions (a weight's feature is 1 when its {@code when} holds for a case), with the current weights as
 * the prior (a Gaussian centred on each current weight, {@code strength} its precision), so that a few labels
 * move the model a little and many labels move it as far as they show. Maximised by Newton's method.
 * Nothing is written: the result is a proposal for dialogs/likelihood.yaml.
 */
public final class NeckModelRefit {

	/** One labelled screening: its findings and whether the clinician judged that the neck contributes. */
	public record Case(Findings findings, boolean neckContributes) {
	}

	/** A weight as it is and as the labels would have it. */
	public record Proposed(NeckLikelihoodModel.Weight weight, double proposed) {
	}

	/** The refitted intercept (as log-odds) and weights, and how well each model fits the cases. */
	public record Proposal(double priorLogOdds, double proposedPriorLogOdds, List<Proposed> weights,
			double logLossBefore, double logLossAfter, int iterations) {
	}

	private NeckModelRefit() {
	}

	public static Proposal refit(NeckLikelihoodModel model, List<Case> cases, double strength) {
		List<NeckLikelihoodModel.Weight> weights = model.weights();
		int k = weights.size() + 1;
		double[][] x = new double[cases.size()][k];
		double[] y = new double[cases.size()];
		for (int i = 0; i < cases.size(); i++) {
			x[i][0] = 1;
			for (int j = 0; j < weights.size(); j++) {
				x[i][j + 1] = weights.get(j).when().test(cases.get(i).findings()) ? 1 : 0;
			}
			y[i] = cases.get(i).neckContributes() ? 1 : 0;
		}
		double[] prior = new double[k];
		prior[0] = model.priorLogOdds();
		for (int j = 0; j < weights.size(); j++) {
			prior[j + 1] = weights.get(j).weight();
		}
		double[] beta = prior.clone();
		int iterations = 0;
		for (; iterations < 50; iterations++) {
			double[] gradient = new double[k];
			double[][] hessian = new double[k][k];
			for (int j = 0; j < k; j++) {
				gradient[j] = -strength * (beta[j] - prior[j]);
				hessian[j][j] = strength;
			}
			for (int i = 0; i < x.length; i++) {
				double p = sigmoid(dot(beta, x[i]));
				double w = p * (1 - p);
				for (int a = 0; a < k; a++) {
					if (x[i][a] == 0) {
						continue;
					}
					gradient[a] += (y[i] - p) * x[i][a];
					for (int b = 0; b < k; b++) {
						hessian[a][b] += w * x[i][a] * x[i][b];
					}
				}
			}
			double[] step = solve(hessian, gradient);
			double largest = 0;
			for (int j = 0; j < k; j++) {
				beta[j] += step[j];
				largest = Math.max(largest, Math.abs(step[j]));
			}
			if (largest < 1e-8) {
				break;
			}
		}
		List<Proposed> proposed = new ArrayList<>();
		for (int j = 0; j < weights.size(); j++) {
			proposed.add(new Proposed(weights.get(j), beta[j + 1]));
		}
		return new Proposal(prior[0], beta[0], proposed, logLoss(prior, x, y), logLoss(beta, x, y), iterations + 1);
	}

	/** The probability a set of coefficients gives one case (intercept first, then the weights in order). */
	public static double probability(NeckLikelihoodModel model, double priorLogOdds, List<Double> weights, Findings findings) {
		double z = priorLogOdds;
		for (int j = 0; j < weights.size(); j++) {
			if (model.weights().get(j).when().test(findings)) {
				z += weights.get(j);
			}
		}
		return sigmoid(z);
	}

	private static double logLoss(double[] beta, double[][] x, double[] y) {
		double loss = 0;
		for (int i = 0; i < x.length; i++) {
			double p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(dot(beta, x[i]))));
			loss -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
		}
		return x.length == 0 ? 0 : loss / x.length;
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/** Gaussian elimination with partial pivoting; the prior keeps the matrix positive definite. */
	private static double[] solve(double[][] matrix, double[] vector) {
		int n = vector.length;
		double[][] a = new double[n][];
		double[] b = vector.clone();
		for (int i = 0; i < n; i++) {
			a[i] = matrix[i].clone();
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
					pivot = row;
				}
			}
			double[] swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			double t = b[col];
			b[col] = b[pivot];
			b[pivot] = t;
			for (int row = col + 1; row < n; row++) {
				double factor = a[row][col] / a[col][col];
				b[row] -= factor * b[col];
				for (int c = col; c < n; c++) {
					a[row][c] -= factor * a[col][c];
				}
			}
		}
		double[] solution = new double[n];
		for (int row = n - 1; row >= 0; row--) {
			double sum = b[row];
			for (int c = row + 1; c < n; c++) {
				sum -= a[row][c] * solution[c];
			}
			solution[row] = sum / a[row][row];
		}
		return solution;
	}

}
