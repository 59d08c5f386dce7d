<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AfterLapseCard</name>
    <message>
        <source>Saved. What your plan says for after a lapse</source>
        <translation>Guardado. Lo que dice tu plan para después de un desliz</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Abrir mi plan</translation>
    </message>
    <message>
        <source>I need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Put away what the plan says</source>
        <translation>Cerrar lo que dice el plan</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Craving log deleted</source>
        <translation>Registro de deseo borrado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Journal entry deleted</source>
        <translation>Entrada del diario eliminada</translation>
    </message>
    <message>
        <source>Undo delete of the journal entry</source>
        <translation>Deshacer la eliminación de la entrada del diario</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>You are not signed in to your clinic. Sign in again to keep sharing with your care team.</source>
        <translation>No has iniciado sesión en tu clínica. Vuelve a iniciar sesión para seguir compartiendo con tu equipo de atención.</translation>
    </message>
    <message>
        <source>Your clinic could not be reached. Check your connection; Stepstone will try again later.</source>
        <translation>No se pudo contactar a tu clínica. Revisa tu conexión; Stepstone lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Your clinic did not accept the sign-in. Try again, or ask your clinic for help if it keeps happening.</source>
        <translation>Tu clínica no aceptó el inicio de sesión. Inténtalo de nuevo o pide ayuda a tu clínica si sigue pasando.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server answered in a way Stepstone does not understand. Ask your clinic for help.</source>
        <translation>El servidor de tu clínica respondió de una forma que Stepstone no entiende. Pide ayuda a tu clínica.</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Today&apos;s check-in</source>
        <translation>Check-in de hoy</translation>
    </message>
    <message>
        <source>%1: answered. You can change it until midnight.</source>
        <translation>%1: respondido. Puedes cambiarlo hasta la medianoche.</translation>
    </message>
    <message>
        <source>Mood: %1 of 10</source>
        <translation>Ánimo: %1 de 10</translation>
    </message>
    <message>
        <source>Mood, %1 of 10: 0 is very low, 10 is very good</source>
        <translation>Ánimo, %1 de 10: 0 es muy bajo, 10 es muy bueno</translation>
    </message>
    <message>
        <source>Craving today: %1 of 10</source>
        <translation>Ganas de consumir hoy: %1 de 10</translation>
    </message>
    <message>
        <source>Strongest craving today, %1 of 10</source>
        <translation>Ganas más fuertes de hoy, %1 de 10</translation>
    </message>
    <message>
        <source>Note how long I slept</source>
        <translation>Anotar cuánto dormí</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Hours slept: %1</source>
        <translation>Horas de sueño: %1</translation>
    </message>
    <message>
        <source>I used today</source>
        <translation>Hoy consumí</translation>
    </message>
    <message>
        <source>One line, if you like</source>
        <translation>Una línea, si quieres</translation>
    </message>
    <message>
        <source>Note for today</source>
        <translation>Nota de hoy</translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation>Actualizar check-in</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar check-in</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Would you like to note what happened? It can help you and your therapist see what to try next time.</source>
        <translation>¿Quieres anotar lo que pasó? Puede ayudarte a ti y a tu terapeuta a ver qué probar la próxima vez.</translation>
    </message>
    <message>
        <source>Record a lapse</source>
        <translation>Anotar un desliz</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Do not record a lapse now</source>
        <translation>No anotar un desliz ahora</translation>
    </message>
    <message>
        <source>When to check in</source>
        <translation>Cuándo hacer el check-in</translation>
    </message>
    <message>
        <source>It is past your check-in time, %1.</source>
        <translation>Ya pasó tu hora de check-in, las %1.</translation>
    </message>
    <message>
        <source>Your check-in time is %1. You can answer any time of the day.</source>
        <translation>Tu hora de check-in es a las %1. Puedes responder a cualquier hora del día.</translation>
    </message>
    <message>
        <source>Check-in time, hours and minutes</source>
        <translation>Hora del check-in, horas y minutos</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Fijar hora</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>I used: record a lapse</source>
        <translation>Consumí: anotar un desliz</translation>
    </message>
    <message>
        <source>Hide the count of days</source>
        <translation>Ocultar la cuenta de días</translation>
    </message>
    <message>
        <source>Your lapses</source>
        <translation>Tus deslices</translation>
    </message>
    <message>
        <source>Lapse deleted</source>
        <translation>Desliz borrado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete of the lapse</source>
        <translation>Deshacer el borrado del desliz</translation>
    </message>
</context>
<context>
    <name>ClinicAddress</name>
    <message>
        <source>That is not a web address. Ask your clinic for the address to use.</source>
        <translation>Eso no es una dirección web. Pide a tu clínica la dirección que debes usar.</translation>
    </message>
    <message>
        <source>Stepstone only connects to a clinic over a secure (https) address.</source>
        <translation>Stepstone solo se conecta con una clínica mediante una dirección segura (https).</translation>
    </message>
    <message>
        <source>Enter the address your clinic gave you.</source>
        <translation>Escribe la dirección que te dio tu clínica.</translation>
    </message>
    <message>
        <source>This link is not a Stepstone clinic link.</source>
        <translation>Este enlace no es un enlace de clínica de Stepstone.</translation>
    </message>
    <message>
        <source>This clinic link does not say which clinic it is for.</source>
        <translation>Este enlace no indica de qué clínica es.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>Connect to your clinic</source>
        <translation>Conectar con tu clínica</translation>
    </message>
    <message>
        <source>See your sessions and choose what to share with your care team. You sign in on your clinic&apos;s own page in your browser; Stepstone never sees your password.</source>
        <translation>Consulta tus sesiones y elige qué compartir con tu equipo de atención. Inicias sesión en la propia página de tu clínica, en tu navegador; Stepstone nunca ve tu contraseña.</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>for example clinic.example.org/fhir</source>
        <translation>por ejemplo clinica.ejemplo.org/fhir</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Finish signing in on your clinic&apos;s page in your browser, then come back here.</source>
        <translation>Termina de iniciar sesión en la página de tu clínica, en tu navegador, y después vuelve aquí.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Everything you logged stays on this device. Nothing more is shared until you sign in again.</source>
        <translation>Todo lo que registraste se queda en este dispositivo. No se comparte nada más hasta que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign out of the clinic</source>
        <translation>Cerrar sesión en la clínica</translation>
    </message>
    <message>
        <source>Sharing with your care team</source>
        <translation>Compartir con tu equipo de atención</translation>
    </message>
    <message>
        <source>You share your craving logs with your care team.</source>
        <translation>Compartes tus registros de deseos con tu equipo de atención.</translation>
    </message>
    <message>
        <source>Choose what to share</source>
        <translation>Elegir qué compartir</translation>
    </message>
    <message>
        <source>Connect to your clinic to choose what to share with your care team.</source>
        <translation>Conéctate con tu clínica para elegir qué compartir con tu equipo de atención.</translation>
    </message>
    <message>
        <source>You have not chosen yet what to share with %1. Nothing is shared until you do.</source>
        <translation>Aún no has elegido qué compartir con %1. No se comparte nada hasta que lo hagas.</translation>
    </message>
    <message>
        <source>You share nothing. Your craving logs stay on this device.</source>
        <translation>No compartes nada. Tus registros de deseos se quedan en este dispositivo.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
</context>
<context>
    <name>CravingEditorPage</name>
    <message>
        <source>Edit craving</source>
        <translation>Editar deseo de consumir</translation>
    </message>
    <message>
        <source>Log a craving</source>
        <translation>Anotar un deseo de consumir</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>¿Qué lo provocó?</translation>
    </message>
    <message>
        <source>What was happening?</source>
        <translation>¿Qué estaba pasando?</translation>
    </message>
    <message>
        <source>Where you were, who was there, what you felt (optional)</source>
        <translation>Dónde estabas, quién estaba, qué sentías (opcional)</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Qué estaba pasando</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hiciste?</translation>
    </message>
    <message>
        <source>Coping skill used</source>
        <translation>Habilidad de afrontamiento usada</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>¿Cómo terminó?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this craving log</source>
        <translation>Borrar este registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar tus cambios?</translation>
    </message>
    <message>
        <source>Discard this craving log?</source>
        <translation>¿Descartar este registro de deseo?</translation>
    </message>
    <message>
        <source>What you entered will be lost.</source>
        <translation>Se perderá lo que anotaste.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>CravingLabels</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enojo</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>It passed</source>
        <translation>Se pasó</translation>
    </message>
    <message>
        <source>Still going</source>
        <translation>Sigue presente</translation>
    </message>
    <message>
        <source>I used</source>
        <translation>Consumí</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, a time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CravingLogDelegate</name>
    <message>
        <source>Craving %1 of 10, %2, %3</source>
        <translation>Deseo de consumir %1 de 10, %2, %3</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Cambios aún sin guardar</translation>
    </message>
</context>
<context>
    <name>CrisisLinesCard</name>
    <message>
        <source>Crisis lines, any time</source>
        <translation>Líneas de crisis, a cualquier hora</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 a las %3</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Tomada: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>No tomada: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the mark on %1</source>
        <translation>Deshacer la marca de %1</translation>
    </message>
    <message>
        <source>Why, if you want to say</source>
        <translation>Por qué, si quieres decirlo</translation>
    </message>
    <message>
        <source>Reason for skipping %1 (optional)</source>
        <translation>Motivo por el que no tomaste %1 (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the reason for %1</source>
        <translation>Guardar el motivo de %1</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Borrador, aún sin guardar</translation>
    </message>
    <message>
        <source>Continue where you left off, then save.</source>
        <translation>Sigue donde lo dejaste y luego guarda.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
</context>
<context>
    <name>FhirError</name>
    <message>
        <source>Can&apos;t reach your clinic. Stepstone will try again.</source>
        <translation>No se puede contactar a tu clínica. Stepstone lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Your clinic is taking too long to answer. Stepstone will try again.</source>
        <translation>Tu clínica está tardando demasiado en responder. Stepstone lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server is busy or having trouble. Stepstone will try again.</source>
        <translation>El servidor de tu clínica está ocupado o tiene problemas. Stepstone lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>This is no longer on your clinic&apos;s server.</source>
        <translation>Esto ya no está en el servidor de tu clínica.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server did not accept an update. It stays on this device.</source>
        <translation>El servidor de tu clínica no aceptó un cambio. Se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>Sign in to your clinic again to keep sharing. Nothing is lost.</source>
        <translation>Vuelve a iniciar sesión en tu clínica para seguir compartiendo. No se pierde nada.</translation>
    </message>
    <message>
        <source>Your clinic sent something Stepstone could not read. The rest of your data is fine.</source>
        <translation>Tu clínica envió algo que Stepstone no pudo leer. El resto de tus datos está bien.</translation>
    </message>
    <message>
        <source>This clinic address is not secure (it must start with https).</source>
        <translation>Esta dirección de la clínica no es segura (debe empezar con https).</translation>
    </message>
    <message>
        <source>This was also changed at your clinic. Nothing you wrote is lost.</source>
        <translation>Esto también se cambió en tu clínica. No se pierde nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Your clinic has not set up a care team for you yet, so your sharing choice could not be sent. It is kept on this device and will be sent later.</source>
        <translation>Tu clínica todavía no te ha asignado un equipo de atención, así que no se pudo enviar lo que elegiste compartir. Se guarda en este dispositivo y se enviará más tarde.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s sign-in does not allow Stepstone to do all it needs. What could not be sent stays on this device. Sign in again, or ask your clinic.</source>
        <translation>El inicio de sesión de tu clínica no permite a Stepstone hacer todo lo que necesita. Lo que no se pudo enviar se queda en este dispositivo. Vuelve a iniciar sesión o consulta a tu clínica.</translation>
    </message>
</context>
<context>
    <name>FormChoiceRow</name>
    <message>
        <source>Or in your own words</source>
        <translation>O con tus propias palabras</translation>
    </message>
    <message>
        <source>%1, in your own words</source>
        <translation>%1, con tus propias palabras</translation>
    </message>
</context>
<context>
    <name>FormDropDownRow</name>
    <message>
        <source>Choose one</source>
        <translation>Elige una</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Or in your own words</source>
        <translation>O con tus propias palabras</translation>
    </message>
    <message>
        <source>%1, in your own words</source>
        <translation>%1, con tus propias palabras</translation>
    </message>
</context>
<context>
    <name>FormGroupRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>FormLabels</name>
    <message>
        <source>This can hold %1 characters: please make it shorter.</source>
        <translation>Aquí caben %1 caracteres: acórtalo, por favor.</translation>
    </message>
    <message>
        <source>Choose %1 or more.</source>
        <translation>Elige %1 o más.</translation>
    </message>
    <message>
        <source>Choose %1 or less.</source>
        <translation>Elige %1 o menos.</translation>
    </message>
    <message>
        <source>This one needs an answer before you send the form.</source>
        <translation>Esta necesita una respuesta antes de enviar el formulario.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 3.</source>
        <translation>Escribe un número entero, por ejemplo 3.</translation>
    </message>
    <message>
        <source>Write a number, for example %1.</source>
        <translation>Escribe un número, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 2026-12-19.</source>
        <translation>Escribe la fecha como año-mes-día, por ejemplo 2026-12-19.</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, for example 18:30.</source>
        <translation>Escribe la hora como horas:minutos, por ejemplo 18:30.</translation>
    </message>
    <message>
        <source>Write the date and time as year-month-day hours:minutes, for example 2026-12-19 18:30.</source>
        <translation>Escribe la fecha y la hora como año-mes-día horas:minutos, por ejemplo 2026-12-19 18:30.</translation>
    </message>
    <message>
        <source>This question&apos;s answers are kept outside the form, so it cannot be answered here. Your therapist can go over it with you.</source>
        <translation>Las respuestas de esta pregunta están fuera del formulario, así que no se puede responder aquí. Tu terapeuta puede repasarla contigo.</translation>
    </message>
    <message>
        <source>This kind of question cannot be answered in Stepstone yet. Your therapist can go over it with you.</source>
        <translation>Este tipo de pregunta todavía no se puede responder en Stepstone. Tu terapeuta puede repasarla contigo.</translation>
    </message>
    <message>
        <source>For example, 2026-12-19</source>
        <translation>Por ejemplo, 2026-12-19</translation>
    </message>
    <message>
        <source>For example, 18:30</source>
        <translation>Por ejemplo, 18:30</translation>
    </message>
    <message>
        <source>For example, 2026-12-19 18:30</source>
        <translation>Por ejemplo, 2026-12-19 18:30</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Add another: %1</source>
        <translation>Añadir otro: %1</translation>
    </message>
    <message>
        <source>Worked out from your answers.</source>
        <translation>Calculado a partir de tus respuestas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This score cannot be worked out here. Your therapist will see your answers.</source>
        <translation>Esta puntuación no se puede calcular aquí. Tu terapeuta verá tus respuestas.</translation>
    </message>
</context>
<context>
    <name>FormNoteRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Send to my therapist</source>
        <translation>Enviar a mi terapeuta</translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation>Terminar más tarde</translation>
    </message>
    <message>
        <source>Finish later: your answers are kept</source>
        <translation>Terminar más tarde: tus respuestas se guardan</translation>
    </message>
    <message>
        <source>Thank you for saying so. You don&apos;t have to wait for your next session: you can talk to someone now, any time.</source>
        <translation>Gracias por decirlo. No tienes que esperar a tu próxima sesión: puedes hablar con alguien ahora, a cualquier hora.</translation>
    </message>
    <message>
        <source>Talk to someone now</source>
        <translation>Hablar con alguien ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: the crisis lines stay on the Help page</source>
        <translation>Ahora no: las líneas de crisis siguen en la página de Ayuda</translation>
    </message>
    <message>
        <source>Sent to your therapist. These are your answers as you sent them.</source>
        <translation>Enviado a tu terapeuta. Estas son tus respuestas tal como las enviaste.</translation>
    </message>
    <message>
        <source>Done. These are your answers; they stay on this device.</source>
        <translation>Hecho. Estas son tus respuestas; se quedan en este dispositivo.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Mark as done: it stays on this device</source>
        <translation>Marcar como hecho: se queda en este dispositivo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>FormParagraphRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>FormRowFrame</name>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (necesaria)</translation>
    </message>
</context>
<context>
    <name>FormSliderRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 de %3</translation>
    </message>
    <message>
        <source>%1, not answered yet, from %2 to %3</source>
        <translation>%1, sin responder todavía, de %2 a %3</translation>
    </message>
</context>
<context>
    <name>FormTextRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>FormYesNoRow</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Borrar la respuesta a: %1</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <comment>the navigation&apos;s short label for I need help now</comment>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ya</translation>
    </message>
    <message>
        <source>I need help now</source>
        <translation>Necesito ayuda ya</translation>
    </message>
    <message>
        <source>Your plan, your people, crisis lines and an urge timer. Shortcut: F1</source>
        <translation>Tu plan, tus personas, líneas de crisis y un temporizador para las ganas. Atajo: F1</translation>
    </message>
    <message>
        <source>I need help now (F1)</source>
        <translation>Necesito ayuda ya (F1)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help now</source>
        <translation>Ayuda ya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
    <message>
        <source>Take one slow breath. You don&apos;t have to get through this alone.</source>
        <translation>Respira una vez, despacio. No tienes que pasar por esto solo ni sola.</translation>
    </message>
    <message>
        <source>Your coping steps</source>
        <translation>Tus estrategias</translation>
    </message>
    <message>
        <source>None written yet. You can add yours under My plan.</source>
        <translation>Aún no has escrito ninguna. Puedes añadir las tuyas en Mi plan.</translation>
    </message>
    <message>
        <source>Your plan shows here once Stepstone is unlocked.</source>
        <translation>Tu plan aparece aquí cuando Stepstone esté desbloqueado.</translation>
    </message>
    <message>
        <source>Your people</source>
        <translation>Tus personas</translation>
    </message>
    <message>
        <source>No one written yet. You can add people to call under My plan.</source>
        <translation>Aún no has escrito a nadie. Puedes añadir a quién llamar en Mi plan.</translation>
    </message>
    <message>
        <source>Ride out the urge</source>
        <translation>Deja pasar las ganas</translation>
    </message>
</context>
<context>
    <name>HighCravingPanel</name>
    <message>
        <source>Your plan, for right now</source>
        <translation>Tu plan, para este momento</translation>
    </message>
    <message>
        <source>Strong cravings rise and pass. Here is what you wrote for times like this.</source>
        <translation>Las ganas fuertes suben y pasan. Esto es lo que escribiste para momentos así.</translation>
    </message>
    <message>
        <source>Start the 20-minute timer</source>
        <translation>Iniciar el temporizador de 20 minutos</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Más ayuda</translation>
    </message>
    <message>
        <source>Open help now</source>
        <translation>Abrir la ayuda</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now, close this</source>
        <translation>Ahora no, cerrar esto</translation>
    </message>
</context>
<context>
    <name>HomeworkForm</name>
    <message>
        <source>This form cannot be opened.</source>
        <translation>Este formulario no se puede abrir.</translation>
    </message>
    <message>
        <source>This form is not on this device yet: it comes with the next sync.</source>
        <translation>Este formulario aún no está en este dispositivo: llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This homework is done. Your clinic has the answers.</source>
        <translation>Esta tarea ya está hecha. Tu clínica tiene las respuestas.</translation>
    </message>
</context>
<context>
    <name>HomeworkLabels</name>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Was due today</source>
        <translation>Era para hoy</translation>
    </message>
    <message>
        <source>Was due yesterday</source>
        <translation>Era para ayer</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Era para el %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Para mañana</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviada hoy</translation>
    </message>
    <message>
        <source>Sent yesterday</source>
        <translation>Enviada ayer</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Hecha hoy</translation>
    </message>
    <message>
        <source>Done yesterday</source>
        <translation>Hecha ayer</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <source>Done today, not sent yet</source>
        <translation>Hecha hoy, aún sin enviar</translation>
    </message>
    <message>
        <source>Done yesterday, not sent yet</source>
        <translation>Hecha ayer, aún sin enviar</translation>
    </message>
    <message>
        <source>Done %1, not sent yet</source>
        <translation>Hecha el %1, aún sin enviar</translation>
    </message>
    <message>
        <source>Started today</source>
        <translation>Empezada hoy</translation>
    </message>
    <message>
        <source>Started yesterday</source>
        <translation>Empezada ayer</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Empezada el %1</translation>
    </message>
    <message>
        <source>Past its date: still welcome</source>
        <translation>Ya pasó la fecha: aún puedes hacerla</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Homework from your clinic</source>
        <translation>Tarea de tu clínica</translation>
    </message>
</context>
<context>
    <name>HomeworkPage</name>
    <message>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No homework from your therapist right now. When they give you some, it comes here with your next sync.</source>
        <translation>Ahora no tienes tareas de tu terapeuta. Cuando te dé alguna, llegará aquí con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Fill in a form on your own</source>
        <translation>Llena un formulario por tu cuenta</translation>
    </message>
    <message>
        <source>These stay on this device: they are not sent to your clinic.</source>
        <translation>Se quedan en este dispositivo: no se envían a tu clínica.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
</context>
<context>
    <name>IntensityPicker</name>
    <message>
        <source>How strong is it?</source>
        <translation>¿Qué tan fuerte es?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Craving intensity, %1 of %2</source>
        <translation>Intensidad del deseo, %1 de %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Lo más fuerte</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>¿Qué tienes en mente?</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>For example: family, sleep, work</source>
        <translation>Por ejemplo: familia, sueño, trabajo</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Earlier versions (%1)</source>
        <translation>Versiones anteriores (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n earlier versions of this entry</source>
        <translation>
            <numerusform>Mostrar la versión anterior de esta entrada</numerusform>
            <numerusform>Mostrar las %n versiones anteriores de esta entrada</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this journal entry</source>
        <translation>Eliminar esta entrada del diario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard what you wrote?</source>
        <translation>¿Descartar lo que escribiste?</translation>
    </message>
    <message>
        <source>Your changes to this entry will be lost.</source>
        <translation>Se perderán tus cambios.</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>JournalLabels</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Mood %1 of %2</source>
        <translation>Ánimo %1 de %2</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Private: your journal stays on this device.</source>
        <translation>Privado: tu diario se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Cargar entradas anteriores</translation>
    </message>
    <message>
        <source>Nothing in your journal matches “%1”.</source>
        <translation>Nada en tu diario coincide con «%1».</translation>
    </message>
    <message>
        <source>Nothing written yet. What is on your mind today?</source>
        <translation>Todavía no has escrito nada. ¿Qué tienes en mente hoy?</translation>
    </message>
</context>
<context>
    <name>JournalVersionsModel</name>
    <message>
        <source>Saved %1</source>
        <translation>Guardada: %1</translation>
    </message>
</context>
<context>
    <name>JournalVersionsPage</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>LapseForm</name>
    <message>
        <source>Change this lapse</source>
        <translation>Cambiar este desliz</translation>
    </message>
    <message>
        <source>Record a lapse</source>
        <translation>Anotar un desliz</translation>
    </message>
    <message>
        <source>A lapse is something to learn from, not a failure. Write as much or as little as you like.</source>
        <translation>Un desliz es algo de lo que aprender, no un fracaso. Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Day of the lapse: %1</source>
        <translation>Día del desliz: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Where you were, who with, what led up to it</source>
        <translation>Dónde estabas, con quién, qué llevó a ello</translation>
    </message>
    <message>
        <source>What I&apos;ll try next time</source>
        <translation>Qué probaré la próxima vez</translation>
    </message>
    <message>
        <source>One thing you could do differently</source>
        <translation>Algo que podrías hacer distinto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Guardar el cambio</translation>
    </message>
    <message>
        <source>Save the lapse</source>
        <translation>Guardar el desliz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LapseHistoryList</name>
    <message>
        <source>Next time: %1</source>
        <translation>La próxima vez: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the lapse of %1</source>
        <translation>Cambiar el desliz del %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the lapse of %1</source>
        <translation>Borrar el desliz del %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Craving log</source>
        <translation>Registro de deseos</translation>
    </message>
    <message>
        <source>Log a craving</source>
        <translation>Anotar un deseo de consumir</translation>
    </message>
    <message>
        <source>No cravings logged yet.</source>
        <translation>Todavía no has anotado ningún deseo de consumir.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stepstone</source>
        <translation>Stepstone</translation>
    </message>
    <message>
        <source>Help now – Stepstone</source>
        <translation>Ayuda ya – Stepstone</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example, buprenorphine</source>
        <translation>Por ejemplo, buprenorfina</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre de la medicina</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>For example, 8 mg or 1 film</source>
        <translation>Por ejemplo, 8 mg o 1 película</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Clinic dosing days</source>
        <translation>Días de dosis en la clínica</translation>
    </message>
    <message>
        <source>Times of day, separated by spaces</source>
        <translation>Horas del día, separadas por espacios</translation>
    </message>
    <message>
        <source>For example, 08:00 20:00</source>
        <translation>Por ejemplo, 08:00 20:00</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>Next refill (optional), year-month-day</source>
        <translation>Próximo surtido (opcional), año-mes-día</translation>
    </message>
    <message>
        <source>For example, 2026-12-19</source>
        <translation>Por ejemplo, 2026-12-19</translation>
    </message>
    <message>
        <source>Next refill date</source>
        <translation>Fecha del próximo surtido</translation>
    </message>
    <message>
        <source>Prescriber (optional)</source>
        <translation>Quien la receta (opcional)</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Quien la receta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this medicine</source>
        <translation>Guardar esta medicina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, without saving</source>
        <translation>Cancelar, sin guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this medicine</source>
        <translation>Quitar esta medicina</translation>
    </message>
</context>
<context>
    <name>MedicationLabels</name>
    <message>
        <source>Write the medicine&apos;s name.</source>
        <translation>Escribe el nombre de la medicina.</translation>
    </message>
    <message>
        <source>Write the dose, for example 8 mg or 1 film.</source>
        <translation>Escribe la dosis, por ejemplo 8 mg o 1 película.</translation>
    </message>
    <message>
        <source>The dose starts with a number, then the unit: 8 mg, 0.5 ml.</source>
        <translation>La dosis empieza con un número y luego la unidad: 8 mg, 0,5 ml.</translation>
    </message>
    <message>
        <source>The dose must be more than zero.</source>
        <translation>La dosis debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Add the unit after the number, for example mg, ml or tablet.</source>
        <translation>Añade la unidad después del número, por ejemplo mg, ml o tableta.</translation>
    </message>
    <message>
        <source>Add at least one time of day, for example 08:00.</source>
        <translation>Añade al menos una hora del día, por ejemplo 08:00.</translation>
    </message>
    <message>
        <source>Write times as hours and minutes, separated by spaces: 08:00 20:00.</source>
        <translation>Escribe las horas como horas y minutos, separadas por espacios: 08:00 20:00.</translation>
    </message>
    <message>
        <source>Choose the days you dose at the clinic.</source>
        <translation>Elige los días en que tomas la dosis en la clínica.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 2026-12-19.</source>
        <translation>Escribe la fecha como año-mes-día, por ejemplo 2026-12-19.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Clinic dosing days</source>
        <translation>Días de dosis en la clínica</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Cuando haga falta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dose: number, unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Todos los días a las %1</translation>
    </message>
    <message>
        <source>Clinic days (%1) at %2</source>
        <translation>Días de clínica (%1) a las %2</translation>
    </message>
    <message>
        <source>Refill was due %1: it may be time to ask for it.</source>
        <translation>El surtido tocaba el %1: quizá sea momento de pedirlo.</translation>
    </message>
    <message>
        <source>Refill on %1</source>
        <translation>Surtido el %1</translation>
    </message>
    <message>
        <source>This date has passed. If the refill is overdue, it is kept as you wrote it; you can change it once you have the refill.</source>
        <translation>Esta fecha ya pasó. Si el surtido está atrasado, se guarda tal como lo escribiste; puedes cambiarla cuando tengas el surtido.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>El nombre es demasiado largo: debe tener menos de %n carácter.</numerusform>
            <numerusform>El nombre es demasiado largo: debe tener menos de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep it to %n times a day or fewer.</source>
        <translation>
            <numerusform>Que sea %n vez al día o menos.</numerusform>
            <numerusform>Que sean %n veces al día o menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prescriber&apos;s name is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>El nombre de quien la receta es demasiado largo: debe tener menos de %n carácter.</numerusform>
            <numerusform>El nombre de quien la receta es demasiado largo: debe tener menos de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationPage</name>
    <message>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Cambiar una medicina</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir una medicina</translation>
    </message>
    <message>
        <source>Today&apos;s doses</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>Add a medicine to see its doses here.</source>
        <translation>Añade una medicina para ver aquí sus dosis.</translation>
    </message>
    <message>
        <source>No doses scheduled for today.</source>
        <translation>No hay dosis previstas para hoy.</translation>
    </message>
    <message>
        <source>Your medicines</source>
        <translation>Tus medicinas</translation>
    </message>
    <message>
        <source>None yet. Add the medicines of your treatment, with their doses and times; they stay on this device.</source>
        <translation>Todavía ninguna. Añade las medicinas de tu tratamiento, con sus dosis y horas; se quedan en este dispositivo.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Prescribed by %1</source>
        <translation>Recetada por %1</translation>
    </message>
    <message>
        <source>Medicine removed</source>
        <translation>Medicina quitada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo removing the medicine</source>
        <translation>Deshacer: volver a poner la medicina</translation>
    </message>
</context>
<context>
    <name>MeetingDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Open meeting link</source>
        <translation>Abrir el enlace de la reunión</translation>
    </message>
    <message>
        <source>Open the link of %1</source>
        <translation>Abrir el enlace de %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tuesday night home group</source>
        <translation>Grupo base del martes por la noche</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>Nombre de la reunión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of meeting: %1</source>
        <translation>Tipo de reunión: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day of the week: %1</source>
        <translation>Día de la semana: %1</translation>
    </message>
    <message>
        <source>Time (like 19:30)</source>
        <translation>Hora (como 19:30)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place (optional)</source>
        <translation>Lugar (opcional)</translation>
    </message>
    <message>
        <source>Address or room</source>
        <translation>Dirección o sala</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Link for online meetings (optional, https://)</source>
        <translation>Enlace para reuniones en línea (opcional, https://)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Who to ask for, what to bring</source>
        <translation>Por quién preguntar, qué llevar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Guardar la reunión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this meeting</source>
        <translation>Quitar esta reunión</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>12-step meeting</source>
        <translation>Reunión de 12 pasos</translation>
    </message>
    <message>
        <source>SMART Recovery</source>
        <translation>SMART Recovery</translation>
    </message>
    <message>
        <source>Alumni group</source>
        <translation>Grupo de exalumnos</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Otra reunión</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Cada %1 a las %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Give the meeting a name, so you can find it again.</source>
        <translation>Ponle un nombre a la reunión para encontrarla después.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>El nombre es demasiado largo: %n carácter como máximo.</numerusform>
            <numerusform>El nombre es demasiado largo: %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the day of the week the meeting is on.</source>
        <translation>Elige el día de la semana de la reunión.</translation>
    </message>
    <message>
        <source>The time is not one a clock shows. Write hours and minutes, like 19:30.</source>
        <translation>Esa hora no existe en un reloj. Escribe horas y minutos, como 19:30.</translation>
    </message>
    <message>
        <source>Only secure links that start with https:// can be opened. Check the link, or leave it out.</source>
        <translation>Solo se pueden abrir enlaces seguros que empiezan por https://. Revisa el enlace o déjalo vacío.</translation>
    </message>
    <message>
        <source>This link cannot be opened safely. Copy the meeting&apos;s https:// address again, or leave it out.</source>
        <translation>Este enlace no se puede abrir con seguridad. Vuelve a copiar la dirección https:// de la reunión o déjalo vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The place is too long: at most %n characters.</source>
        <translation>
            <numerusform>El lugar es demasiado largo: %n carácter como máximo.</numerusform>
            <numerusform>El lugar es demasiado largo: %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: %n carácter como máximo.</numerusform>
            <numerusform>La nota es demasiado larga: %n caracteres como máximo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>Note my mood</source>
        <translation>Anotar mi estado de ánimo</translation>
    </message>
    <message>
        <source>Mood, %1 of %2</source>
        <translation>Estado de ánimo, %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Main navigation</source>
        <translation>Navegación principal</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Main navigation</source>
        <translation>Navegación principal</translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <source>Stepstone could not get its key from your system keyring. If the keyring is locked, unlock it and try again. Your data is safe.</source>
        <translation>Stepstone no pudo obtener su clave del llavero del sistema. Si el llavero está bloqueado, desbloquéalo e inténtalo de nuevo. Tus datos están a salvo.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep your key.</source>
        <translation>No hay un llavero del sistema donde guardar tu clave.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Elige una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elige una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not unlock your data.</source>
        <translation>Esa frase de contraseña no desbloquea tus datos.</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>Enviar un mensaje a %1</translation>
    </message>
</context>
<context>
    <name>PlanEntryForm</name>
    <message>
        <source>Write it in your own words</source>
        <translation>Escríbelo con tus propias palabras</translation>
    </message>
    <message>
        <source>Text of this item</source>
        <translation>Texto de este punto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>When to call (optional)</source>
        <translation>Cuándo llamar (opcional)</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Yours to write, alone or with your therapist, and to change any time. It stays on this device. “Help now” shows it first.</source>
        <translation>Es tuyo: escríbelo solo o con tu terapeuta y cámbialo cuando quieras. Se queda en este dispositivo. «Ayuda ya» lo muestra primero.</translation>
    </message>
    <message>
        <source>When a craving is strong</source>
        <translation>Cuando las ganas son fuertes</translation>
    </message>
    <message>
        <source>After you log a craving of %1 or more, Stepstone shows this plan right away.</source>
        <translation>Cuando registres ganas de %1 o más, Stepstone te muestra este plan enseguida.</translation>
    </message>
    <message>
        <source>Show my plan from a craving of %1 of %2</source>
        <translation>Mostrar mi plan desde unas ganas de %1 de %2</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Cambiar «%1»</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
</context>
<context>
    <name>ProgramLabels</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>the intensive program</source>
        <translation>el programa intensivo</translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation>atención ambulatoria</translation>
    </message>
    <message>
        <source>aftercare</source>
        <translation>atención posterior</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Intensive outpatient (IOP)</source>
        <translation>Programa ambulatorio intensivo (IOP)</translation>
    </message>
    <message>
        <source>Standard outpatient</source>
        <translation>Atención ambulatoria estándar</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Atención posterior</translation>
    </message>
    <message>
        <source>No date yet for the step-down to %1.</source>
        <translation>Aún no hay fecha para el paso a %1.</translation>
    </message>
    <message>
        <source>Step-down to %1 today</source>
        <translation>Paso a %1 hoy</translation>
    </message>
    <message>
        <source>Step-down to %1 tomorrow, %2</source>
        <translation>Paso a %1 mañana, %2</translation>
    </message>
    <message numerus="yes">
        <source>Step-down to %1 on %2: in %n days</source>
        <translation>
            <numerusform>Paso a %1 el %2: en %n día</numerusform>
            <numerusform>Paso a %1 el %2: en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step-down to %1 was planned for %2, %n days ago. Once it has happened, change where you are.</source>
        <translation>
            <numerusform>El paso a %1 estaba previsto para el %2, hace %n día. Cuando haya ocurrido, cambia dónde estás.</numerusform>
            <numerusform>El paso a %1 estaba previsto para el %2, hace %n días. Cuando haya ocurrido, cambia dónde estás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step-down to %1 was planned for yesterday, %2. Once it has happened, change where you are.</source>
        <translation>El paso a %1 estaba previsto para ayer, %2. Cuando haya ocurrido, cambia dónde estás.</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Where I am</source>
        <translation>Dónde estoy</translation>
    </message>
    <message>
        <source>Not set yet: choose where you are in treatment.</source>
        <translation>Aún sin indicar: elige en qué etapa del tratamiento estás.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Change where I am in treatment</source>
        <translation>Cambiar en qué etapa del tratamiento estoy</translation>
    </message>
    <message>
        <source>Where I am: %1</source>
        <translation>Dónde estoy: %1</translation>
    </message>
    <message>
        <source>Step-down date (optional)</source>
        <translation>Fecha del paso a la siguiente etapa (opcional)</translation>
    </message>
    <message>
        <source>Step-down date</source>
        <translation>Fecha del paso a la siguiente etapa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save where I am</source>
        <translation>Guardar dónde estoy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Open meeting link</source>
        <translation>Abrir el enlace de la reunión</translation>
    </message>
    <message>
        <source>Open the link of %1</source>
        <translation>Abrir el enlace de %1</translation>
    </message>
    <message>
        <source>My meetings</source>
        <translation>Mis reuniones</translation>
    </message>
    <message>
        <source>The peer-support meetings you go to: 12-step, SMART Recovery, alumni groups. They stay yours after the program ends.</source>
        <translation>Las reuniones de apoyo mutuo a las que vas: 12 pasos, SMART Recovery, grupos de exalumnos. Siguen siendo tuyas cuando termine el programa.</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Añadir una reunión</translation>
    </message>
    <message>
        <source>Meeting removed</source>
        <translation>Reunión quitada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo removing the meeting</source>
        <translation>Deshacer: volver a poner la reunión</translation>
    </message>
</context>
<context>
    <name>ProgramStatusModel</name>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo %1</translation>
    </message>
    <message>
        <source>That is not a date a calendar has. Write it like %1, or leave it empty until you know.</source>
        <translation>Esa fecha no existe en el calendario. Escríbela como %1, o déjala vacía hasta que la sepas.</translation>
    </message>
</context>
<context>
    <name>ReminderDelivery</name>
    <message>
        <source>The desktop did not show a reminder. Check that notifications are on for this computer.</source>
        <translation>El escritorio no mostró un recordatorio. Comprueba que las notificaciones estén activadas en este equipo.</translation>
    </message>
    <message>
        <source>Reminders could not be read from this device.</source>
        <translation>No se pudieron leer los recordatorios de este dispositivo.</translation>
    </message>
    <message>
        <source>Reminders could not be kept on this device.</source>
        <translation>No se pudieron guardar los recordatorios en este dispositivo.</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed.</source>
        <translation>No se pudo posponer el recordatorio.</translation>
    </message>
    <message>
        <source>The dose could not be marked as taken.</source>
        <translation>No se pudo marcar la dosis como tomada.</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Reminder at %1</source>
        <translation>Recordatorio a las %1</translation>
    </message>
    <message>
        <source>Reminder for tomorrow at %1</source>
        <translation>Recordatorio para mañana a las %1</translation>
    </message>
    <message>
        <source>Reminder for %2 at %1</source>
        <translation>Recordatorio para el %2 a las %1</translation>
    </message>
    <message>
        <source>Session at %1</source>
        <translation>Sesión a las %1</translation>
    </message>
    <message>
        <source>Session tomorrow at %1</source>
        <translation>Sesión mañana a las %1</translation>
    </message>
    <message>
        <source>Session on %2 at %1</source>
        <translation>Sesión el %2 a las %1</translation>
    </message>
    <message>
        <source>Medicine at %1</source>
        <translation>Medicina a las %1</translation>
    </message>
    <message>
        <source>Medicine tomorrow at %1</source>
        <translation>Medicina mañana a las %1</translation>
    </message>
    <message>
        <source>Medicine on %2 at %1</source>
        <translation>Medicina el %2 a las %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Check-in diario</translation>
    </message>
    <message>
        <source>How is today going? It takes a minute.</source>
        <translation>¿Cómo va el día? Es un minuto.</translation>
    </message>
    <message>
        <source>Homework due today</source>
        <translation>Tarea para hoy</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>%1 reminders while the app was closed</source>
        <translation>%1 recordatorios mientras la app estaba cerrada</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me of</source>
        <translation>Recuérdame</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>Primer recordatorio</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Segundo recordatorio</translation>
    </message>
    <message>
        <source>Medicines, at each dose’s time</source>
        <translation>Medicinas, a la hora de cada dosis</translation>
    </message>
    <message>
        <source>Daily check-in, at %1</source>
        <translation>Check-in diario, a las %1</translation>
    </message>
    <message>
        <source>You choose the check-in time on the Check-in page.</source>
        <translation>La hora del check-in se elige en la página Check-in.</translation>
    </message>
    <message>
        <source>Homework, on the day it is due</source>
        <translation>Tareas, el día de la entrega</translation>
    </message>
    <message>
        <source>Homework reminder at</source>
        <translation>Recordatorio de tareas a las</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>No reminders during quiet hours</source>
        <translation>Sin recordatorios en las horas de silencio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>A reminder that falls in quiet hours comes when they end. One that would be too late by then, such as a dose’s, does not come.</source>
        <translation>Un recordatorio que cae en las horas de silencio llega cuando terminan. Si para entonces ya sería tarde, como el de una dosis, no llega.</translation>
    </message>
    <message>
        <source>What reminders say</source>
        <translation>Qué dicen los recordatorios</translation>
    </message>
    <message>
        <source>Say what each reminder is about</source>
        <translation>Decir de qué es cada recordatorio</translation>
    </message>
    <message>
        <source>A reminder reads: %1</source>
        <translation>Un recordatorio dice: %1</translation>
    </message>
    <message>
        <source>Anyone who sees your screen can read what a reminder is about.</source>
        <translation>Cualquiera que vea tu pantalla puede leer de qué es un recordatorio.</translation>
    </message>
    <message>
        <source>Whoever sees your screen learns nothing from a reminder.</source>
        <translation>Quien vea tu pantalla no sabrá nada por un recordatorio.</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>Con la ventana cerrada</translation>
    </message>
    <message>
        <source>Keep running so reminders still come</source>
        <translation>Seguir funcionando para que lleguen los recordatorios</translation>
    </message>
    <message>
        <source>Start when I log in, without a window</source>
        <translation>Iniciar al entrar en mi sesión, sin ventana</translation>
    </message>
    <message>
        <source>Without either, reminders come only while Stepstone is open.</source>
        <translation>Sin ninguna de las dos, los recordatorios solo llegan mientras Stepstone está abierto.</translation>
    </message>
    <message>
        <source>Sessions in your calendar</source>
        <translation>Las sesiones en tu calendario</translation>
    </message>
    <message>
        <source>Saves your sessions as a calendar file that your calendar app can import. Importing it again updates the same events.</source>
        <translation>Guarda tus sesiones en un archivo de calendario que tu app de calendario puede importar. Si lo importas otra vez, se actualizan los mismos eventos.</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>Save it again whenever my sessions change</source>
        <translation>Guardarlo otra vez cuando cambien mis sesiones</translation>
    </message>
    <message>
        <source>Name each session and its place</source>
        <translation>Poner el nombre y el lugar de cada sesión</translation>
    </message>
    <message>
        <source>Your calendar, and any service it syncs with, shows each session’s name and place.</source>
        <translation>Tu calendario, y cualquier servicio con el que se sincronice, muestra el nombre y el lugar de cada sesión.</translation>
    </message>
    <message>
        <source>Each session shows as “Appointment”, and nothing more.</source>
        <translation>Cada sesión aparece como «Cita», y nada más.</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Video session</source>
        <translation>Sesión por vídeo</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Join video session</source>
        <translation>Unirse a la sesión por vídeo</translation>
    </message>
    <message>
        <source>This is a video session. Ask your clinic for the link.</source>
        <translation>Es una sesión por vídeo. Pide el enlace a tu clínica.</translation>
    </message>
    <message>
        <source>I&apos;ll be there</source>
        <translation>Allí estaré</translation>
    </message>
    <message>
        <source>I can&apos;t make it</source>
        <translation>No puedo ir</translation>
    </message>
    <message>
        <source>Your answer is waiting to be sent.</source>
        <translation>Tu respuesta está pendiente de enviarse.</translation>
    </message>
    <message>
        <source>Your clinic has your answer.</source>
        <translation>Tu clínica tiene tu respuesta.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>Individual session</source>
        <translation>Sesión individual</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <source>Family session</source>
        <translation>Sesión familiar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Aún sin confirmar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No asististe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>en 1 minuto</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>en %1 minutos</translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>en 1 hora</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>en %1 horas</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Release to update</source>
        <translation>Suelta para actualizar</translation>
    </message>
    <message>
        <source>Pull to update</source>
        <translation>Desliza hacia abajo para actualizar</translation>
    </message>
    <message>
        <source>No upcoming sessions.</source>
        <translation>No hay próximas sesiones.</translation>
    </message>
    <message>
        <source>Connect to your clinic to see your sessions here.</source>
        <translation>Conéctate con tu clínica para ver aquí tus sesiones.</translation>
    </message>
    <message>
        <source>Connect to your clinic</source>
        <translation>Conectar con tu clínica</translation>
    </message>
    <message>
        <source>Not connected to your clinic, so these may be out of date.</source>
        <translation>No estás conectado con tu clínica, así que pueden no estar al día.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>SetAsideList</name>
    <message>
        <source>Not sent to your clinic</source>
        <translation>No enviado a tu clínica</translation>
    </message>
    <message>
        <source>Keep on this device only</source>
        <translation>Guardar solo en este dispositivo</translation>
    </message>
    <message>
        <source>Keep %1 on this device only</source>
        <translation>Guardar %1 solo en este dispositivo</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Craving logs</source>
        <translation>Registros de deseos</translation>
    </message>
    <message>
        <source>When you share, your therapist and care team at your clinic see each craving log: when it happened, how strong it was, what set it off, the coping skill you used, how it ended, and your note. Logs you made before are shared too.</source>
        <translation>Si compartes, tu terapeuta y tu equipo de atención de la clínica ven cada registro de deseo: cuándo ocurrió, qué tan fuerte fue, qué lo provocó, la habilidad de afrontamiento que usaste, cómo terminó y tu nota. También se comparten los registros que hiciste antes.</translation>
    </message>
    <message>
        <source>You can stop at any time. Stopping means nothing new is sent; what your clinic already received stays in your clinic record.</source>
        <translation>Puedes dejar de compartir cuando quieras. Al dejarlo no se envía nada nuevo; lo que tu clínica ya recibió se queda en tu expediente clínico.</translation>
    </message>
    <message>
        <source>These records are protected by federal confidentiality rules for substance use treatment (42 CFR Part 2): your clinic may not pass them on without your written consent.</source>
        <translation>Estos registros están protegidos por las normas federales de confidencialidad del tratamiento por consumo de sustancias (42 CFR Parte 2): tu clínica no puede transmitirlos sin tu consentimiento por escrito.</translation>
    </message>
    <message>
        <source>Share my craving logs with my care team</source>
        <translation>Compartir mis registros de deseos con mi equipo de atención</translation>
    </message>
    <message>
        <source>On: new logs are sent when you are online.</source>
        <translation>Activado: los registros nuevos se envían cuando tienes conexión.</translation>
    </message>
    <message>
        <source>Off: your craving logs stay on this device.</source>
        <translation>Desactivado: tus registros de deseos se quedan en este dispositivo.</translation>
    </message>
    <message>
        <source>Sent to your clinic</source>
        <translation>Enviado a tu clínica</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s sign-in does not allow Stepstone to share craving logs. Ask your clinic, then sign in again.</source>
        <translation>El inicio de sesión de tu clínica no permite a Stepstone compartir registros de deseos. Consulta a tu clínica y vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Your data could not be unlocked: the key does not match, or the file is damaged. The file has been left as it is.</source>
        <translation>No se pudieron desbloquear tus datos: la clave no coincide o el archivo está dañado. El archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>Your data file is damaged. It has been left as it is, so nothing more is lost.</source>
        <translation>Tu archivo de datos está dañado. No se ha tocado, para que no se pierda nada más.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Stepstone file, so it was not opened.</source>
        <translation>Este archivo no es un archivo cifrado de Stepstone, así que no se abrió.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Stepstone. Update the app to open it; the file has been left as it is.</source>
        <translation>Tus datos se guardaron con una versión más nueva de Stepstone. Actualiza la aplicación para abrirlos; el archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>Your data could not be read or written. Check that the device has free space.</source>
        <translation>No se pudieron leer o escribir tus datos. Revisa que el dispositivo tenga espacio libre.</translation>
    </message>
    <message>
        <source>Some of what you entered could not be saved.</source>
        <translation>Parte de lo que escribiste no se pudo guardar.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <source>Something went wrong while saving.</source>
        <translation>Algo salió mal al guardar.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not updated yet since Stepstone started.</source>
        <translation>Aún sin actualizar desde que se abrió Stepstone.</translation>
    </message>
    <message>
        <source>Up to date with your clinic.</source>
        <translation>Al día con tu clínica.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Actualizado a las %1.</translation>
    </message>
    <message>
        <source>Updated on %1.</source>
        <translation>Actualizado el %1.</translation>
    </message>
    <message>
        <source>Updating with your clinic…</source>
        <translation>Actualizando con tu clínica…</translation>
    </message>
    <message>
        <source>Could not finish updating. Stepstone will try again shortly.</source>
        <translation>No se pudo terminar de actualizar. Stepstone lo volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>Sign in again to keep updating with your clinic.</source>
        <translation>Vuelve a iniciar sesión para seguir actualizando con tu clínica.</translation>
    </message>
    <message>
        <source>Updated 1 minute ago.</source>
        <translation>Actualizado hace 1 minuto.</translation>
    </message>
    <message>
        <source>Updated %1 minutes ago.</source>
        <translation>Actualizado hace %1 minutos.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Having a craving?</source>
        <translation>¿Tienes ganas de consumir?</translation>
    </message>
    <message>
        <source>Log a craving</source>
        <translation>Anotar un deseo de consumir</translation>
    </message>
    <message>
        <source>See all logs</source>
        <translation>Ver todos los registros</translation>
    </message>
    <message>
        <source>A craving log you started is waiting: open it to finish or discard it.</source>
        <translation>Tienes un registro de deseo sin terminar: ábrelo para terminarlo o descartarlo.</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>No session coming up.</source>
        <translation>No hay sesiones próximas.</translation>
    </message>
    <message>
        <source>I&apos;ll be there</source>
        <translation>Allí estaré</translation>
    </message>
    <message>
        <source>Confirm: I&apos;ll be there</source>
        <translation>Confirmar: allí estaré</translation>
    </message>
    <message>
        <source>You said you&apos;ll be there; waiting to be sent.</source>
        <translation>Dijiste que irás; pendiente de enviar.</translation>
    </message>
    <message>
        <source>You said you&apos;ll be there.</source>
        <translation>Dijiste que irás.</translation>
    </message>
    <message>
        <source>You said you can&apos;t make it.</source>
        <translation>Dijiste que no puedes ir.</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>It&apos;s time for today&apos;s check-in.</source>
        <translation>Es hora del check-in de hoy.</translation>
    </message>
    <message>
        <source>How is today going? Check in any time; yours is set for %1.</source>
        <translation>¿Cómo va el día? Haz el check-in cuando quieras; el tuyo está a las %1.</translation>
    </message>
    <message>
        <source>Change today&apos;s check-in</source>
        <translation>Cambiar el check-in de hoy</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Hacer check-in</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>The count of days is hidden. You can show it on the Check-in page.</source>
        <translation>La cuenta de días está oculta. Puedes mostrarla en la página de check-in.</translation>
    </message>
    <message>
        <source>I used: record a lapse</source>
        <translation>Consumí: anotar un desliz</translation>
    </message>
    <message>
        <source>Doses today</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>No doses to mark today.</source>
        <translation>Hoy no hay dosis que marcar.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>No meetings on your list yet.</source>
        <translation>Aún no hay reuniones en tu lista.</translation>
    </message>
    <message>
        <source>Program and meetings</source>
        <translation>Programa y reuniones</translation>
    </message>
    <message>
        <source>%1 more today.</source>
        <translation>%1 más hoy.</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>All homework</source>
        <translation>Todas las tareas</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Stepstone</source>
        <translation>Stepstone</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Abriendo tus datos</translation>
    </message>
    <message>
        <source>This device has no keyring to keep your key safely. Choose a passphrase: you will need it each time you open Stepstone, and it cannot be recovered if you forget it.</source>
        <translation>Este dispositivo no tiene un llavero para guardar tu clave de forma segura. Elige una frase de contraseña: la necesitarás cada vez que abras Stepstone y no se puede recuperar si la olvidas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>UrgeTimerRing</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>An urge rises, peaks and passes, often within 20 minutes. Start the timer and ride it out one step at a time.</source>
        <translation>Las ganas suben, llegan al máximo y pasan, a menudo en menos de 20 minutos. Inicia el temporizador y déjalas pasar paso a paso.</translation>
    </message>
    <message>
        <source>Breathe out slowly, longer than you breathe in. Notice the urge like a wave.</source>
        <translation>Exhala despacio, más largo de lo que inhalas. Observa las ganas como una ola.</translation>
    </message>
    <message>
        <source>Twenty minutes. If the urge is still strong, reach out to someone above, or start again.</source>
        <translation>Veinte minutos. Si las ganas siguen fuertes, contacta a alguien de arriba o vuelve a empezar.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el temporizador</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Seguir con el temporizador</translation>
    </message>
    <message>
        <source>Another step</source>
        <translation>Otra estrategia</translation>
    </message>
    <message>
        <source>Show another of my coping steps</source>
        <translation>Mostrar otra de mis estrategias</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End the timer</source>
        <translation>Terminar el temporizador</translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Queda 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes left</source>
        <translation>Quedan %1 minutos</translation>
    </message>
</context>
<context>
    <name>stepstone::CalendarFile</name>
    <message>
        <source>This change could not be kept. Try again.</source>
        <translation>No se pudo guardar este cambio. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Connect to your clinic first: your sessions come from it.</source>
        <translation>Primero conéctate a tu clínica: tus sesiones vienen de ella.</translation>
    </message>
    <message>
        <source>Your sessions could not be read.</source>
        <translation>No se pudieron leer tus sesiones.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>The calendar file could not be written to %1.</source>
        <translation>No se pudo escribir el archivo de calendario en %1.</translation>
    </message>
    <message>
        <source>1 session saved at %1.</source>
        <translation>1 sesión guardada a las %1.</translation>
    </message>
    <message>
        <source>%1 sessions saved at %2.</source>
        <translation>%1 sesiones guardadas a las %2.</translation>
    </message>
</context>
<context>
    <name>stepstone::CheckInToday</name>
    <message>
        <source>Mood %1 of 10</source>
        <translation>Ánimo %1 de 10</translation>
    </message>
    <message>
        <source>craving %1 of 10</source>
        <translation>ganas %1 de 10</translation>
    </message>
    <message>
        <source>slept %1 h</source>
        <translation>durmió %1 h</translation>
    </message>
    <message>
        <source>used today</source>
        <translation>consumió hoy</translation>
    </message>
    <message>
        <source>The note is one line of at most %1 characters.</source>
        <translation>La nota es una línea de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Sleep is between 0 and 24 hours; mood and craving between 0 and 10.</source>
        <translation>El sueño va de 0 a 24 horas; el ánimo y las ganas, de 0 a 10.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 20:30.</source>
        <translation>Escribe la hora en horas y minutos, por ejemplo 20:30.</translation>
    </message>
</context>
<context>
    <name>stepstone::ClinicConnection</name>
    <message>
        <source>Signed in, but Stepstone could not keep the sign-in on this device, so you will be asked again next time.</source>
        <translation>Sesión iniciada, pero Stepstone no pudo guardarla en este dispositivo, así que la próxima vez te la volverá a pedir.</translation>
    </message>
    <message>
        <source>Signed out, but the keychain would not remove the saved sign-in. It will be removed when you sign in again.</source>
        <translation>Sesión cerrada, pero el llavero no quiso borrar el inicio de sesión guardado. Se borrará cuando vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <source>Stepstone could not read your saved clinic sign-in from the keychain. Sign in again; nothing on this device is lost.</source>
        <translation>Stepstone no pudo leer del llavero tu inicio de sesión guardado en la clínica. Vuelve a iniciar sesión; no se pierde nada de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>stepstone::CopingSkillList</name>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
</context>
<context>
    <name>stepstone::CravingEditor</name>
    <message numerus="yes">
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: debe tener menos de %n carácter.</numerusform>
            <numerusform>La nota es demasiado larga: debe tener menos de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepstone::CravingSharing</name>
    <message>
        <source>Sharing since %1.</source>
        <translation>Compartiendo desde el %1.</translation>
    </message>
    <message>
        <source>Stopped on %1.</source>
        <translation>Dejaste de compartir el %1.</translation>
    </message>
</context>
<context>
    <name>stepstone::CrisisLineList</name>
    <message>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>Enviar un mensaje al %1</translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <translation>Enviar %1 al %2</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Chatear en línea</translation>
    </message>
    <message>
        <source>Your clinic&apos;s list of crisis lines could not be read (%1), so the built-in list is shown.</source>
        <translation>No se pudo leer la lista de líneas de crisis de tu clínica (%1), así que se muestra la lista incluida.</translation>
    </message>
</context>
<context>
    <name>stepstone::DosesTodayModel</name>
    <message numerus="yes">
        <source>The reason is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>El motivo es demasiado largo: debe tener menos de %n carácter.</numerusform>
            <numerusform>El motivo es demasiado largo: debe tener menos de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepstone::JournalEditor</name>
    <message>
        <source>Write a title or a few words first.</source>
        <translation>Escribe primero un título o unas palabras.</translation>
    </message>
    <message numerus="yes">
        <source>The title is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>El título es demasiado largo: usa menos de %n carácter.</numerusform>
            <numerusform>El título es demasiado largo: usa menos de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is too long to save: keep it under %L1 characters, or split it into two entries. Nothing you wrote has been lost.</source>
        <translation>Esta entrada es demasiado larga para guardarla: usa menos de %L1 caracteres o divídela en dos entradas. No se ha perdido nada de lo que escribiste.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n tags.</source>
        <translation>
            <numerusform>Usa como máximo %n etiqueta.</numerusform>
            <numerusform>Usa como máximo %n etiquetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep each tag under %n characters.</source>
        <translation>
            <numerusform>Cada etiqueta debe tener menos de %n carácter.</numerusform>
            <numerusform>Cada etiqueta debe tener menos de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepstone::LapseHistory</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>No lapse recorded.</source>
        <translation>No hay deslices anotados.</translation>
    </message>
    <message>
        <source>Your latest lapse was today.</source>
        <translation>Tu último desliz fue hoy.</translation>
    </message>
    <message>
        <source>1 day since your latest lapse.</source>
        <translation>1 día desde tu último desliz.</translation>
    </message>
    <message>
        <source>%1 days since your latest lapse.</source>
        <translation>%1 días desde tu último desliz.</translation>
    </message>
    <message>
        <source>Your longest stretch: 1 day.</source>
        <translation>Tu racha más larga: 1 día.</translation>
    </message>
    <message>
        <source>Your longest stretch: %1 days.</source>
        <translation>Tu racha más larga: %1 días.</translation>
    </message>
    <message>
        <source>Each answer can be at most %1 characters.</source>
        <translation>Cada respuesta puede tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>stepstone::LoopbackRedirectListener</name>
    <message>
        <source>This address only accepts Stepstone&apos;s sign-in.</source>
        <translation>Esta dirección solo acepta el inicio de sesión de Stepstone.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in Stepstone started. Go back to Stepstone and sign in again.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que empezó Stepstone. Vuelve a Stepstone e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in was not completed. You can go back to Stepstone.</source>
        <translation>No se completó el inicio de sesión. Puedes volver a Stepstone.</translation>
    </message>
    <message>
        <source>You are signed in. You can go back to Stepstone.</source>
        <translation>Has iniciado sesión. Puedes volver a Stepstone.</translation>
    </message>
</context>
<context>
    <name>stepstone::PlanModel</name>
    <message>
        <source>Not a number a phone can dial, so there is no call button. It is kept as you wrote it.</source>
        <translation>No es un número que un teléfono pueda marcar, así que no hay botón para llamar. Se guarda tal como lo escribiste.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escribe algo primero.</translation>
    </message>
    <message numerus="yes">
        <source>That is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>Es demasiado largo: que no pase de %n carácter.</numerusform>
            <numerusform>Es demasiado largo: que no pase de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This part of the plan is full: change or remove something first.</source>
        <translation>Esta parte del plan está llena: cambia o quita algo primero.</translation>
    </message>
</context>
<context>
    <name>stepstone::ProfileSession</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Stepstone found damage in your data file and has left the file as it is. Some entries may be missing or wrong. Go on with care, and ask for help before you delete anything.</source>
        <translation>Stepstone encontró daños en tu archivo de datos y lo ha dejado tal como está. Puede que falten algunas entradas o que estén mal. Sigue con cuidado y pide ayuda antes de borrar nada.</translation>
    </message>
</context>
<context>
    <name>stepstone::ReminderSettingsModel</name>
    <message>
        <source>Your reminder settings could not be read.</source>
        <translation>No se pudieron leer tus ajustes de recordatorios.</translation>
    </message>
    <message>
        <source>This change could not be kept. Try again.</source>
        <translation>No se pudo guardar este cambio. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 horas antes</translation>
    </message>
    <message>
        <source>3 hours before</source>
        <translation>3 horas antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 días antes</translation>
    </message>
    <message>
        <source>“Session at %1”, with the session’s name</source>
        <translation>«Sesión a las %1», con el nombre de la sesión</translation>
    </message>
    <message>
        <source>“Reminder at %1”, and nothing more</source>
        <translation>«Recordatorio a las %1», y nada más</translation>
    </message>
</context>
<context>
    <name>stepstone::SentLogModel</name>
    <message>
        <source>Craving log of %1</source>
        <translation>Registro de deseo del %1</translation>
    </message>
    <message>
        <source>A craving log you deleted</source>
        <translation>Un registro de deseo que borraste</translation>
    </message>
    <message>
        <source>Your choice about sharing</source>
        <translation>Tu decisión sobre compartir</translation>
    </message>
    <message>
        <source>Your answer to a session</source>
        <translation>Tu respuesta a una sesión</translation>
    </message>
</context>
<context>
    <name>stepstone::SetAsideModel</name>
    <message>
        <source>It could not be read on this device.</source>
        <translation>No se pudo leer en este dispositivo.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server did not accept it.</source>
        <translation>El servidor de tu clínica no lo aceptó.</translation>
    </message>
    <message>
        <source>Part of it is in a form your clinic&apos;s system does not take.</source>
        <translation>Una parte tiene un formato que el sistema de tu clínica no admite.</translation>
    </message>
    <message>
        <source>Your choice about sharing</source>
        <translation>Tu decisión sobre compartir</translation>
    </message>
    <message>
        <source>Your answer to a session</source>
        <translation>Tu respuesta a una sesión</translation>
    </message>
    <message>
        <source>Something you changed</source>
        <translation>Algo que cambiaste</translation>
    </message>
    <message>
        <source>A craving log</source>
        <translation>Un registro de deseo</translation>
    </message>
    <message>
        <source>Craving log of %1</source>
        <translation>Registro de deseo del %1</translation>
    </message>
    <message>
        <source>Open it and save it again to try once more, or keep it on this device only.</source>
        <translation>Ábrelo y guárdalo de nuevo para volver a intentarlo, o guárdalo solo en este dispositivo.</translation>
    </message>
    <message>
        <source>Change it again to try once more, or keep it on this device only.</source>
        <translation>Cámbialo de nuevo para volver a intentarlo, o guárdalo solo en este dispositivo.</translation>
    </message>
</context>
</TS>
