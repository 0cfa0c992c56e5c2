// Everything a face needs.
#pragma once

#include "pith/document.h"
#include "pith/edit.h"
#include "pith/json.h"
#include "pith/read.h"
#include "pith/sentences.h"
#include "pith/summary.h"
#include "pith/utf16.h"
