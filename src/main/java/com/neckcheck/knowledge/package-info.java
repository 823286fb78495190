/**
 * Loads the clinic's screening knowledge from dialogs/ (findings, questions, red-flag rules, pattern
 * criteria, likelihood weights, medication thresholds, answer words, texts), checks it, and refuses to
 * start with a list of file:line problems when anything is wrong.
 */
package com.neckcheck.knowledge;
