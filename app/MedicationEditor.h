#pragma once

#include "ProfileSession.h"
#include "model/MedicationInput.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace stepstone {

// The form behind "Add a medicine" and "Edit": holds what the client typed exactly as typed,
// says beside each field what cannot be read (once Save has been tried, then as it is fixed),
// notices a refill date already past without refusing it, and saves through MedicationStore.
class MedicationEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY loaded)
    // The medicine being changed; empty for a new one.
    Q_PROPERTY(QString medicationId READ medicationId NOTIFY loaded)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY inputChanged)
    Q_PROPERTY(QString dose READ dose WRITE setDose NOTIFY inputChanged)
    // "daily", "clinic-days" or "as-needed".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY inputChanged)
    Q_PROPERTY(QString times READ times WRITE setTimes NOTIFY inputChanged)
    // ISO weekday numbers, 1 (Monday) to 7.
    Q_PROPERTY(QVariantList clinicDays READ clinicDays NOTIFY inputChanged)
    Q_PROPERTY(QString refillOn READ refillOn WRITE setRefillOn NOTIFY inputChanged)
    Q_PROPERTY(QString prescriber READ prescriber WRITE setPrescriber NOTIFY inputChanged)
    Q_PROPERTY(QString nameError READ nameError NOTIFY problemsChanged)
    Q_PROPERTY(QString doseError READ doseError NOTIFY problemsChanged)
    Q_PROPERTY(QString timesError READ timesError NOTIFY problemsChanged)
    Q_PROPERTY(QString clinicDaysError READ clinicDaysError NOTIFY problemsChanged)
    Q_PROPERTY(QString refillError READ refillError NOTIFY problemsChanged)
    Q_PROPERTY(QString prescriberError READ prescriberError NOTIFY problemsChanged)
    // Said, never refused: a refill date already past may be an overdue refill.
    Q_PROPERTY(QString refillNotice READ refillNotice NOTIFY problemsChanged)
    // What could not be saved or loaded, beyond the fields.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)
    Q_PROPERTY(QVariantList weekdayChoices READ weekdayChoices CONSTANT)

public:
    explicit MedicationEditor(QObject* parent = nullptr);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    bool editing() const { return !m_id.isNull(); }
    QString medicationId() const {
        return editing() ? m_id.toString(QUuid::WithoutBraces) : QString();
    }
    QString name() const { return m_input.name; }
    void setName(const QString& name) { edit(&MedicationInput::name, name); }
    QString dose() const { return m_input.dose; }
    void setDose(const QString& dose) { edit(&MedicationInput::dose, dose); }
    QString kind() const { return codeFor(m_input.kind); }
    void setKind(const QString& code);
    QString times() const { return m_input.times; }
    void setTimes(const QString& times) { edit(&MedicationInput::times, times); }
    QVariantList clinicDays() const;
    QString refillOn() const { return m_input.refillOn; }
    void setRefillOn(const QString& refillOn) { edit(&MedicationInput::refillOn, refillOn); }
    QString prescriber() const { return m_input.prescriber; }
    void setPrescriber(const QString& prescriber) {
        edit(&MedicationInput::prescriber, prescriber);
    }
    QString nameError() const { return shownProblem(MedicationField::Name); }
    QString doseError() const { return shownProblem(MedicationField::Dose); }
    QString timesError() const { return shownProblem(MedicationField::Times); }
    QString clinicDaysError() const { return shownProblem(MedicationField::ClinicDays); }
    QString refillError() const { return shownProblem(MedicationField::RefillOn); }
    QString prescriberError() const { return shownProblem(MedicationField::Prescriber); }
    QString refillNotice() const;
    QString errorText() const { return m_errorText; }
    QVariantList kindChoices() const;
    QVariantList weekdayChoices() const;

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool load(const QString& medicationId);
    Q_INVOKABLE void toggleClinicDay(int isoWeekday);
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void sessionChanged();
    void loaded();
    void inputChanged();
    void problemsChanged();
    void errorTextChanged();
    void saved();

private:
    void edit(QString MedicationInput::*field, const QString& value);
    void setInput(const QUuid& id, const MedicationInput& input);
    // Reads the form again after every change, so the words beside the fields follow it.
    void reread();
    QString shownProblem(MedicationField field) const;
    QDate today() const;
    void setErrorText(const QString& text);

    QPointer<ProfileSession> m_session;
    QUuid m_id;
    MedicationInput m_input;
    MedicationReading m_reading;
    bool m_saveTried = false; // until then, a half-typed form is not scolded
    QString m_errorText;
};

} // namespace stepstone
