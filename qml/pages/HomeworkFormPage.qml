import QtQuick
import Stepstone

// A homework form kept in the encrypted store as the client answers: the clinic's Task
// (`taskId`), a saved response (`responseId`), or a built-in form begun now (`builtInName`).
FormPage {
    id: page

    property string taskId
    property string responseId
    property string builtInName
    readonly property HomeworkForm homework: HomeworkForm { session: ProfileSession }

    signal done()

    objectName: "homeworkFormPage"
    session: homework.form
    problem: homework.problem
    shared: homework.shared || page.taskId.length > 0

    Component.onCompleted: {
        if (page.taskId.length > 0)
            page.homework.openTask(page.taskId)
        else if (page.responseId.length > 0)
            page.homework.resume(page.responseId)
        else if (page.builtInName.length > 0)
            page.homework.startBuiltIn(page.builtInName)
    }
    onSendRequested: {
        if (page.homework.send())
            page.done()
    }
    onCloseRequested: page.done()
}
