// SPDX-License-Identifier: GPL-3.0-or-later
/** Benchmarks of Veille on the shared evaluation sets, scored as their upstreams score them, beside Java peers. */
package org.veille.bench;
