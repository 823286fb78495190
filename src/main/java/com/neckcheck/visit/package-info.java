/**
 * Preparing the visit: what a clinician reads before seeing a visitor. From a stored screening it builds
 * the structured intake (age, side, pain map, frequency, medicines and the overuse verdict, treatments tried,
 * every warning sign with where it came from, the screener's outcome) and the neck structures worth examining.
 * For staff only; the visitor's own copy leaves the staff-only parts out.
 */
package com.neckcheck.visit;
