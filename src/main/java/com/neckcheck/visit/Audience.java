package com.neckcheck.visit;

/**
 * Who a printed report is for: staff see everything; the visitor's own copy leaves out what is for staff
 * only (the structures to examine, where each answer came from).
 */
public enum Audience {

	STAFF, VISITOR

}
