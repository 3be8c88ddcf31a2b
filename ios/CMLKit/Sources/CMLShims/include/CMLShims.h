// CMLShims: nothing for Swift to call. The target exists for the one symbol in shims.c.
#pragma once
