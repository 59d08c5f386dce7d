#pragma once

#include "ProfileListModel.h"
#include "model/Meeting.h"

#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's peer-support meetings in the order of the week, Monday first.
class MeetingListModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole, // MeetingKind as a number, the index in MeetingEditor.kindNames
        KindTextRole,
        WeekdayRole, // ISO 1-7
        WhenTextRole,
        TimeTextRole, // "19:30", as the editor takes it
        PlaceRole,
        LinkRole,
        LinkOpenableRole,
        NoteRole,
    };

    explicit MeetingListModel(QObject* parent = nullptr);

    int count() const override { return int(m_meetings.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    std::vector<Meeting> m_meetings;
};

} // namespace stepstone
