#pragma once

#include "ProfileListModel.h"
#include "model/DoseDay.h"

#include <QDate>
#include <QQmlEngine>
#include <QTimer>
#include <vector>

namespace stepstone {

// Today's doses on the client's clock, earliest first, each due, taken, skipped or not marked
// (missed: past with no mark, said without blame). One tap marks a dose taken or skipped, with
// an optional reason, and undoes a mark. Rows are refreshed in place (as marks are made and as
// time passes) so the page keeps its place and the keyboard focus; a new day reads anew.
// The Medicines page and the Today page both use it.
class DosesTodayModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int maximumReasonLength READ maximumReasonLength CONSTANT)
    // Why the latest mark or undo could not be saved; empty when it was.
    Q_PROPERTY(QString actionErrorText READ actionErrorText NOTIFY actionErrorTextChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY dosesChanged)

public:
    enum Role {
        MedicationIdRole = Qt::UserRole + 1,
        NameRole,
        DoseTextRole,
        TimeTextRole,
        StateRole, // "due", "taken", "skipped", "missed"
        StateTextRole,
        ReasonRole,
        MarkedRole,
    };

    explicit DosesTodayModel(QObject* parent = nullptr);

    int count() const override { return int(m_slots.size()); }
    int maximumReasonLength() const { return DoseMark::kMaxReasonLength; }
    QString actionErrorText() const { return m_actionErrorText; }
    int dueCount() const;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool markTaken(int row);
    Q_INVOKABLE bool markSkipped(int row, const QString& reason = {});
    Q_INVOKABLE bool undo(int row);

Q_SIGNALS:
    void actionErrorTextChanged();
    void dosesChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    // Reads today's doses again: in place when the same doses, anew when they differ.
    void refresh();
    Result<std::vector<DoseSlot>, StoreError> readToday() const;
    bool markRow(int row, DoseOutcome outcome, const QString& reason);
    void setActionErrorText(const QString& text);

    std::vector<DoseSlot> m_slots;
    QDate m_day;
    QTimer m_minuteTimer;
    QMetaObject::Connection m_medicationsConnection;
    QString m_actionErrorText;
};

} // namespace stepstone
