/**
 * The shared vocabulary of the screener: findings (what a visitor has told us, with status, side,
 * regions and numbers), the catalogue of finding ids, and the small condition language in which the
 * clinical rules of {@code dialogs/} are written.
 */
package com.neckcheck.finding;
