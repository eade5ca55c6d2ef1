/* px-report.h — one event's whole comparison: claims and framing together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-compare.h"
#include "px-framing.h"

G_BEGIN_DECLS

GPtrArray *px_report_sentence_spans  (PxCompare *compare);
PxFraming *px_report_analyse_framing (PxCompare *compare,
                                      PxLexicon *lexicon);
JsonNode  *px_report_to_json         (PxCompare *compare,
                                      PxFraming *framing);

G_END_DECLS
