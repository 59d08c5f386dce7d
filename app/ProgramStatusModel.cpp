#include "ProgramStatusModel.h"

#include "ProgramLabels.h"
#include "common/LocalTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone {

namespace {

// How a date is written in the form, shown as an example.
QString exampleDate() {
    return QDate(2027, 1, 12).toString(Qt::ISODate);
}

std::optional<QDate> dateFromText(const QString& text) {
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

ProgramStatusModel::ProgramStatusModel(QObject* parent)
    : ProfileRecordView(parent) {}

QStringList ProgramStatusModel::levelNames() const {
    return programLabels::levels();
}

QString ProgramStatusModel::levelText() const {
    return programLabels::level(m_status.level);
}

QString ProgramStatusModel::stepDownDate() const {
    return m_status.stepDownOn ? m_status.stepDownOn->toString(Qt::ISODate) : QString();
}

QString ProgramStatusModel::dateExample() const {
    return QCoreApplication::translate("ProgramStatusModel", "For example %1").arg(exampleDate());
}

bool ProgramStatusModel::hasStepDown(int level) const {
    return level >= int(ProgramLevel::Iop) && level <= int(ProgramLevel::Aftercare) &&
           levelAfter(ProgramLevel(level)).has_value();
}

QMetaObject::Connection ProgramStatusModel::watchStore(Profile& open) {
    return connect(&open.program(), &ProgramStore::changed, this, &ProgramStatusModel::reload);
}

void ProgramStatusModel::reload() {
    m_status = {};
    m_known = false;
    if (Profile* open = profile()) {
        auto program = open->program().read();
        if (program) {
            m_status = program->status;
            m_known = true;
        } else if (program.error().kind != StoreErrorKind::NotFound) {
            setErrorText(program.error().message());
        }
    }
    m_stepDownText.clear();
    updateText();
    Q_EMIT changed();
}

void ProgramStatusModel::updateText() {
    QString text;
    if (m_known && session())
        text = programLabels::stepDown(m_status, localNow(session()->clock()).date());
    if (text == m_stepDownText)
        return;
    m_stepDownText = text;
    Q_EMIT changed();
}

bool ProgramStatusModel::save(int level, const QString& date) {
    Profile* open = profile();
    if (!open || level < int(ProgramLevel::Iop) || level > int(ProgramLevel::Aftercare))
        return false;
    ProgramStatus status;
    status.level = ProgramLevel(level);
    if (hasStepDown(level) && !date.trimmed().isEmpty()) {
        status.stepDownOn = dateFromText(date);
        if (!status.stepDownOn || !status.isValid()) {
            setErrorText(QCoreApplication::translate(
                             "ProgramStatusModel",
                             "That is not a date a calendar has. Write it like %1, or leave it "
                             "empty until you know.")
                             .arg(exampleDate()));
            return false;
        }
    }
    auto saved = open->program().set(status);
    if (!saved) {
        setErrorText(saved.error().message());
        return false;
    }
    setErrorText({});
    return true;
}

void ProgramStatusModel::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
