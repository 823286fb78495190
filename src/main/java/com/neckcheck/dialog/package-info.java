/**
 * The dialog engine: runs the scripted screening of dialogs/screening.yaml, reads each answer against
 * the pending question, asks the next question that still applies, and hands the findings to the
 * screening model for triage after every answer and for the summary at the end. It keeps no I/O:
 * a conversation is a pure function of the script and the visitor's inputs, so it can be rebuilt
 * from a stored transcript on any node.
 */
package com.neckcheck.dialog;
