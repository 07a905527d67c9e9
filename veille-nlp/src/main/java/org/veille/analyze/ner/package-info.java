// SPDX-License-Identifier: GPL-3.0-or-later
/** Statistical named-entity recognizers for the analyze stage, behind {@link org.veille.analyze.EntityRecognizer}. */
package org.veille.analyze.ner;
