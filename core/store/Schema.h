#pragma once

#include "store/Database.h"

#include <span>

namespace stepstone {

// Every schema step the app knows, oldest first. Append only: a released step never changes.
std::span<const Migration> schemaMigrations();

} // namespace stepstone
