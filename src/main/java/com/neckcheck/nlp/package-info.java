/**
 * Language understanding: finds the symptoms a visitor describes in their own words (OpenNLP sentence
 * detection and tokens, a lay lexicon matched on tokens, lemmas and near-misses, a trained name finder),
 * decides with ConText-style rules whether each is present, absent, unsure, past or someone else's, and
 * attaches side, body regions, numbers and medicines. All vocabulary and rules come from dialogs/.
 */
package com.neckcheck.nlp;
