/* parallax.h — the Parallax core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"
#include "px-boilerplate.h"
#include "px-date.h"
#include "px-encoding.h"
#include "px-feed.h"
#include "px-furniture.h"
#include "px-html.h"
#include "px-json.h"
#include "px-language.h"
#include "px-loader.h"
#include "px-outlet.h"
#include "px-plaintext.h"
#include "px-sniff.h"
#include "px-text.h"
