#include "store/SessionStore.h"

#include "StoreFixture.h"
#include "store/Outbox.h"

#include <QSignalSpy>

using namespace stepstone;

namespace {

class SessionStoreTest : public test::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_sessions = std::make_unique<SessionStore>(*m_db, m_clock);
        ASSERT_TRUE(m_sessions->replace(m_account, fromServer(Session::Answer::None)).ok());
    }

    // The session as a download brings it, with the answer its Appointment shows.
    Session fromServer(Session::Answer shown, const QString& title = "Group") const {
        Session session;
        session.id = "alex-rivera-session-1";
        session.versionId = "v1";
        session.status = Session::Status::Booked;
        session.title = title;
        session.start = m_clock.now().addDays(1);
        session.end = session.start.addSecs(3600);
        session.answer = shown;
        return session;
    }

    Session stored() const {
        auto sessions = m_sessions->upcoming(m_account, m_clock.now(), 10);
        EXPECT_TRUE(sessions.ok() && sessions->size() == 1);
        return sessions->front();
    }

    // What the sync does once the server accepted the answer queued before `queuedBeforeMs`.
    void uploaded(qint64 queuedBeforeMs) {
        ASSERT_TRUE(Outbox(*m_db)
                        .markSent(m_account, {SessionStore::kAnswerRecordType, kId}, queuedBeforeMs,
                                  m_clock.now().toMSecsSinceEpoch(), false)
                        .ok());
        ASSERT_TRUE(m_sessions->answerSent(m_account, kId).ok());
    }

    static constexpr char kId[] = "alex-rivera-session-1";
    std::unique_ptr<SessionStore> m_sessions;
};

} // namespace

TEST_F(SessionStoreTest, AnAnswerIsShownPendingAndQueuedForTheClinic) {
    QSignalSpy changed(m_sessions.get(), &SessionStore::changed);
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::NotAttending).ok());
    EXPECT_EQ(stored().answer, Session::Answer::NotAttending);
    EXPECT_TRUE(stored().answerPending);
    auto queued = Outbox(*m_db).pending(m_account, SessionStore::kAnswerRecordType, 10);
    ASSERT_TRUE(queued.ok());
    ASSERT_EQ(queued->size(), 1u);
    EXPECT_EQ(queued->front().recordId, kId);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(SessionStoreTest, EveryAnswerToASessionKeepsTheFirstResponseId) {
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::NotAttending).ok());
    const QUuid first = (*m_sessions->answerToSend(m_account, kId))->responseId;
    EXPECT_FALSE(first.isNull());
    uploaded(m_clock.now().toMSecsSinceEpoch());
    m_clock.advanceSeconds(10);
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::Attending).ok());
    ASSERT_TRUE(m_sessions->replace(m_account, fromServer(Session::Answer::None)).ok());
    auto second = m_sessions->answerToSend(m_account, kId);
    ASSERT_TRUE(second.ok() && second->has_value());
    EXPECT_EQ((*second)->responseId, first);
    EXPECT_EQ((*second)->answer, Session::Answer::Attending);
}

TEST_F(SessionStoreTest, ADownloadKeepsAnAnswerNotYetSent) {
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::NotAttending).ok());
    ASSERT_TRUE(
        m_sessions->replace(m_account, fromServer(Session::Answer::Attending, "Renamed")).ok());
    const Session after = stored();
    EXPECT_EQ(after.title, "Renamed");
    EXPECT_EQ(after.answer, Session::Answer::NotAttending);
    EXPECT_TRUE(after.answerPending);
}

TEST_F(SessionStoreTest, ASentAnswerStaysUntilTheAppointmentShowsItThenTheClinicSpeaks) {
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::NotAttending).ok());
    uploaded(m_clock.now().toMSecsSinceEpoch());
    EXPECT_FALSE(stored().answerPending);

    ASSERT_TRUE(m_sessions->replace(m_account, fromServer(Session::Answer::None)).ok());
    EXPECT_EQ(stored().answer, Session::Answer::NotAttending);
    ASSERT_TRUE(m_sessions->replace(m_account, fromServer(Session::Answer::NotAttending)).ok());
    EXPECT_EQ(stored().answer, Session::Answer::NotAttending);

    // The clinic has recorded the answer; a later change it makes is shown.
    ASSERT_TRUE(m_sessions->replace(m_account, fromServer(Session::Answer::Attending)).ok());
    EXPECT_EQ(stored().answer, Session::Answer::Attending);
    EXPECT_FALSE(stored().answerPending);
}

TEST_F(SessionStoreTest, AnAnswerChangedDuringItsUploadStaysPending) {
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::NotAttending).ok());
    const qint64 batchMadeAt = m_clock.now().toMSecsSinceEpoch();
    m_clock.advanceSeconds(5);
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::Attending).ok());
    uploaded(batchMadeAt);
    EXPECT_TRUE(stored().answerPending);
    EXPECT_EQ(stored().answer, Session::Answer::Attending);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 1);
}

TEST_F(SessionStoreTest, NoAnswerAndUnknownSessionsAreRefusedAndQueueNothing) {
    auto none = m_sessions->answer(m_account, kId, Session::Answer::None);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind, StoreErrorKind::InvalidInput);
    auto unknown = m_sessions->answer(m_account, "no-such-session", Session::Answer::Attending);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(*Outbox(*m_db).count(m_account), 0);
    EXPECT_FALSE(stored().answerPending);
}

TEST_F(SessionStoreTest, AWithdrawnSessionHasNoAnswerToSend) {
    ASSERT_TRUE(m_sessions->answer(m_account, kId, Session::Answer::Attending).ok());
    ASSERT_TRUE(m_sessions->remove(m_account, kId).ok());
    auto answer = m_sessions->answerToSend(m_account, kId);
    ASSERT_TRUE(answer.ok());
    EXPECT_FALSE(answer->has_value());
}

TEST_F(SessionStoreTest, TheNextSessionThatStillHappensSkipsTheCancelledOnes) {
    Session cancelled = fromServer(Session::Answer::None, "Cancelled group");
    cancelled.id = "alex-rivera-session-0";
    cancelled.status = Session::Status::Cancelled;
    cancelled.start = m_clock.now().addSecs(3600);
    cancelled.end = cancelled.start.addSecs(3600);
    ASSERT_TRUE(m_sessions->replace(m_account, cancelled).ok());

    auto all = m_sessions->upcoming(m_account, m_clock.now(), 1);
    auto happening =
        m_sessions->upcoming(m_account, m_clock.now(), 1, SessionStore::Cancelled::Leave);
    ASSERT_TRUE(all.ok() && happening.ok());
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front().id, QStringLiteral("alex-rivera-session-0"));
    ASSERT_EQ(happening->size(), 1u);
    EXPECT_EQ(happening->front().id, QString::fromLatin1(kId));
}
