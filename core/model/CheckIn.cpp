#include "model/CheckIn.h"

namespace stepstone {

bool CheckInAnswers::isValid() const {
    const auto onScale = [](int value) {
        return value >= kMinScale && value <= kMaxScale;
    };
    return onScale(mood) && onScale(craving) &&
           (!sleepMinutes || (*sleepMinutes >= 0 && *sleepMinutes <= kMaxSleepMinutes)) &&
           note.size() <= kMaxNoteLength && !note.contains(u'\n');
}

} // namespace stepstone
