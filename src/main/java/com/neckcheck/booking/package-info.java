/**
 * The booking link as it leaves the screener: {@code /book/{reference}} counts the click on the conversation
 * and redirects to the clinic's booking address, so the funnel from screening to booking is measured and no
 * symptom ever travels in the link.
 */
package com.neckcheck.booking;
