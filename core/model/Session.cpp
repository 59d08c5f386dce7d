#include "model/Session.h"

namespace stepstone {

QString codeFor(Session::Kind kind) {
    switch (kind) {
    case Session::Kind::Individual:
        return QStringLiteral("individual");
    case Session::Kind::Group:
        return QStringLiteral("group");
    case Session::Kind::Family:
        return QStringLiteral("family");
    case Session::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

Session::Kind sessionKindFromCode(QStringView code) {
    for (auto kind : {Session::Kind::Individual, Session::Kind::Group, Session::Kind::Family})
        if (code == codeFor(kind))
            return kind;
    return Session::Kind::Other;
}

QString codeFor(Session::Answer answer) {
    switch (answer) {
    case Session::Answer::Attending:
        return QStringLiteral("attending");
    case Session::Answer::NotAttending:
        return QStringLiteral("not-attending");
    case Session::Answer::None:
        break;
    }
    return QStringLiteral("none");
}

Session::Answer sessionAnswerFromCode(QStringView code) {
    for (auto answer : {Session::Answer::Attending, Session::Answer::NotAttending})
        if (code == codeFor(answer))
            return answer;
    return Session::Answer::None;
}

} // namespace stepstone
