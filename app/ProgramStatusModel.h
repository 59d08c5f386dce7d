#pragma once

#include "ProfileRecordView.h"
#include "model/Program.h"

#include <QQmlEngine>
#include <QStringList>

namespace stepstone {

// Where the client is in treatment, for the Program page: the level and the step-down date in
// plain words, and the change the client makes to them. A date that cannot be read is said in
// words, and the form keeps it as typed.
class ProgramStatusModel : public stepstone::ProfileRecordView {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList levelNames READ levelNames CONSTANT)
    // Whether the client has said where they are yet.
    Q_PROPERTY(bool known READ known NOTIFY changed)
    // ProgramLevel as a number: the index in levelNames.
    Q_PROPERTY(int level READ level NOTIFY changed)
    Q_PROPERTY(QString levelText READ levelText NOTIFY changed)
    // "Step-down to outpatient on 12 January: in 38 days"; empty in aftercare.
    Q_PROPERTY(QString stepDownText READ stepDownText NOTIFY changed)
    // The step-down date as the form shows it ("2027-01-12"), or empty.
    Q_PROPERTY(QString stepDownDate READ stepDownDate NOTIFY changed)
    // An example of how to write a date, for the form's placeholder.
    Q_PROPERTY(QString dateExample READ dateExample CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ProgramStatusModel(QObject* parent = nullptr);

    QStringList levelNames() const;
    bool known() const { return m_known; }
    int level() const { return int(m_status.level); }
    QString levelText() const;
    QString stepDownText() const { return m_stepDownText; }
    QString stepDownDate() const;
    QString dateExample() const;
    QString errorText() const { return m_errorText; }

    // Whether a level has a step-down after it (aftercare has none).
    Q_INVOKABLE bool hasStepDown(int level) const;
    // `date` as typed: empty for "not known yet", "2027-01-12", or the locale's short date.
    Q_INVOKABLE bool save(int level, const QString& date);
    Q_INVOKABLE void clearError() { setErrorText({}); }

Q_SIGNALS:
    void changed();
    void errorTextChanged();

protected:
    QMetaObject::Connection watchStore(Profile& open) override;
    void reload() override;
    void minutePassed() override { updateText(); }

private:
    void updateText();
    void setErrorText(const QString& text);

    ProgramStatus m_status;
    bool m_known = false;
    QString m_stepDownText;
    QString m_errorText;
};

} // namespace stepstone
