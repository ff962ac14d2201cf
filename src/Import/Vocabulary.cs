using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>
/// Every word the importer recognises, in every language it reads (English, French, Spanish, Portuguese, German,
/// Italian, Dutch, and some Chinese and Japanese), in one place: adding a language is one edit here. Words are written without accents, lower-case, as
/// <see cref="Slides.SearchText.Fold"/> leaves them; in the pattern lists, "s?" marks an optional plural.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Month names and abbreviations; a word names a month by a prefix that only one month shares.</summary>
    public static readonly string[][] Months =
    [
        ["january", "janvier", "enero", "janeiro", "januar", "janner", "gennaio", "januari"],
        ["february", "fevrier", "febrero", "fevereiro", "februar", "febbraio", "februari"],
        ["march", "mars", "marzo", "marco", "marz", "maart", "mrt"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio", "mei"],
        ["june", "juin", "junio", "junho", "juni", "giugno"],
        ["july", "juillet", "julio", "julho", "juli", "luglio"],
        ["august", "aout", "agosto", "augustus"],
        ["september", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"],
        ["october", "octobre", "octubre", "outubro", "oktober", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "decembre", "diciembre", "dezembro", "dezember", "dicembre"],
    ];

    /// <summary>Weekday names, abbreviations and one-letter codes (M T W R F), without a plural "s".</summary>
    public static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["lundi"] = DayOfWeek.Monday, ["lune"] = DayOfWeek.Monday, ["montag"] = DayOfWeek.Monday, ["lunedi"] = DayOfWeek.Monday, ["segunda"] = DayOfWeek.Monday,
        ["mardi"] = DayOfWeek.Tuesday, ["marte"] = DayOfWeek.Tuesday, ["dienstag"] = DayOfWeek.Tuesday,
        ["martedi"] = DayOfWeek.Tuesday, ["terca"] = DayOfWeek.Tuesday,
        ["mercredi"] = DayOfWeek.Wednesday, ["miercole"] = DayOfWeek.Wednesday, ["mittwoch"] = DayOfWeek.Wednesday,
        ["mercoledi"] = DayOfWeek.Wednesday, ["quarta"] = DayOfWeek.Wednesday,
        ["jeudi"] = DayOfWeek.Thursday, ["jueve"] = DayOfWeek.Thursday, ["donnerstag"] = DayOfWeek.Thursday,
        ["giovedi"] = DayOfWeek.Thursday, ["quinta"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["vierne"] = DayOfWeek.Friday, ["freitag"] = DayOfWeek.Friday,
        ["venerdi"] = DayOfWeek.Friday, ["sexta"] = DayOfWeek.Friday,
        // Three-letter abbreviations of the Romance languages (French lun/mer/jeu/ven, Spanish mie/jue/vie, Italian gio, Portuguese seg/ter/qua/qui).
        ["lun"] = DayOfWeek.Monday, ["mer"] = DayOfWeek.Wednesday, ["jeu"] = DayOfWeek.Thursday, ["ven"] = DayOfWeek.Friday,
        ["mie"] = DayOfWeek.Wednesday, ["jue"] = DayOfWeek.Thursday, ["vie"] = DayOfWeek.Friday, ["gio"] = DayOfWeek.Thursday,
        ["seg"] = DayOfWeek.Monday, ["ter"] = DayOfWeek.Tuesday, ["qua"] = DayOfWeek.Wednesday, ["qui"] = DayOfWeek.Thursday,
        // Dutch, with the abbreviations of three letters or more only: "do", "wo" are English words too.
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday, ["donderdag"] = DayOfWeek.Thursday,
        ["vrijdag"] = DayOfWeek.Friday, ["zaterdag"] = DayOfWeek.Saturday, ["zondag"] = DayOfWeek.Sunday,
        ["maa"] = DayOfWeek.Monday, ["din"] = DayOfWeek.Tuesday, ["woe"] = DayOfWeek.Wednesday, ["don"] = DayOfWeek.Thursday, ["vrij"] = DayOfWeek.Friday,
        ["m"] = DayOfWeek.Monday, ["mo"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["t"] = DayOfWeek.Tuesday, ["tu"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tuesdays"] = DayOfWeek.Tuesday,
        ["w"] = DayOfWeek.Wednesday, ["we"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["r"] = DayOfWeek.Thursday, ["th"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["f"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sa"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["su"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
        // Chinese (周一, 星期一) and Japanese (月曜日, 月曜).
        ["周一"] = DayOfWeek.Monday, ["周二"] = DayOfWeek.Tuesday, ["周三"] = DayOfWeek.Wednesday, ["周四"] = DayOfWeek.Thursday,
        ["周五"] = DayOfWeek.Friday, ["周六"] = DayOfWeek.Saturday, ["周日"] = DayOfWeek.Sunday, ["周天"] = DayOfWeek.Sunday,
        ["星期一"] = DayOfWeek.Monday, ["星期二"] = DayOfWeek.Tuesday, ["星期三"] = DayOfWeek.Wednesday, ["星期四"] = DayOfWeek.Thursday,
        ["星期五"] = DayOfWeek.Friday, ["星期六"] = DayOfWeek.Saturday, ["星期日"] = DayOfWeek.Sunday, ["星期天"] = DayOfWeek.Sunday,
        ["月曜日"] = DayOfWeek.Monday, ["火曜日"] = DayOfWeek.Tuesday, ["水曜日"] = DayOfWeek.Wednesday, ["木曜日"] = DayOfWeek.Thursday,
        ["金曜日"] = DayOfWeek.Friday, ["土曜日"] = DayOfWeek.Saturday, ["日曜日"] = DayOfWeek.Sunday,
        ["月曜"] = DayOfWeek.Monday, ["火曜"] = DayOfWeek.Tuesday, ["水曜"] = DayOfWeek.Wednesday, ["木曜"] = DayOfWeek.Thursday,
        ["金曜"] = DayOfWeek.Friday, ["土曜"] = DayOfWeek.Saturday, ["日曜"] = DayOfWeek.Sunday,
    };

    public enum InfoField { Instructor, Email, Semester, ClassTimes, Location }

    /// <summary>Labels of the "Label: value" facts a course page opens with.</summary>
    public static readonly IReadOnlyDictionary<string, InfoField> InfoLabels = Labels(new()
    {
        [InfoField.Instructor] = ["instructor", "instructors", "lecturer", "lecturers", "teacher", "teachers", "professor", "enseignant", "enseignants",
            "enseignante", "profesor", "profesora", "professora", "docente", "dozent", "dozentin"],
        [InfoField.Email] = ["email", "e-mail", "emails", "contact", "mail"],
        [InfoField.Semester] = ["semester", "term", "period", "semestre", "cuatrimestre", "periodo"],
        [InfoField.ClassTimes] = ["class times", "class time", "time", "times", "lectures", "when", "hours", "horaires", "horaire", "schedule",
            "lecture time", "lecture times", "lecture hours", "meeting time", "meeting times", "class hours", "course hours",
            "time and place", "time & place", "time and location", "time/location", "when and where",
            "horario", "horarios", "zeit", "uhrzeit", "orario", "orari", "时间", "时间地点", "上课时间", "時間", "授業時間", "日時"],
        [InfoField.Location] = ["location", "room", "place", "where", "venue", "salle", "lieu", "sala", "aula", "raum", "ort", "luogo", "local"],
    });

    /// <summary>Labels of the lecture's line in a list of a course's meetings ("Lecture: Wednesdays, 9–9:50 am", beside labs and office hours).</summary>
    public static readonly IReadOnlySet<string> LectureLabels = new HashSet<string>
    {
        "lecture", "lectures", "class", "classes", "class times", "class time", "cours", "clase", "clases", "aula", "aulas", "vorlesung", "lezione", "lezioni",
        "hoorcollege",
    };

    // Column headers of schedule tables.
    public static readonly string[] DateHeaders = ["dates?", "day", "when", "jour", "fecha", "dia", "datum", "tag", "data", "giorno", "日付"];
    public static readonly string[] TopicHeaders = ["topics?", "lectures?", "subjects?", "contents?", "titles?", "themes?", "sujets?", "contenus?", "cours",
        "seances?", "temas?", "contenidos?", "clases?", "conteudos?", "assuntos?", "aulas?", "thema", "themen", "inhalte?", "vorlesung", "argoment[oi]",
        "contenut[oi]", "lezioni?", "what", "descriptions?", "teoria", "theory", "theorie", "emner?", "indhold", "innhold", "innehall", "内容", "テーマ"];
    public static readonly string[] MaterialsHeaders = ["materials?", "slides?", "resources?", "links?", "handouts?", "supports?", "readings?", "documents?",
        "diapositives", "materiales", "diapositivas", "lecturas", "materiais", "leituras", "materialien", "folien", "unterlagen", "materiali", "letture"];
    public static readonly string[] NotesHeaders = ["notes?", "remarques?", "notas?", "bemerkungen", "hinweise", "osservazioni"];
    /// <summary>Labels of a date in a list item ("data: 4 marzo 2025").</summary>
    public static readonly IReadOnlySet<string> DateLabels = new HashSet<string>
        { "date", "data", "fecha", "datum", "jour", "giorno", "dia", "day", "when", "quando", "日期", "时间", "時間", "日時", "날짜", "일시" };

    /// <summary>Words between the two dates of a range ("Nov 3 to Nov 5", "11/03 al 16/03", "3 au 5 mars").</summary>
    public static readonly string[] RangeWords = ["to", "until", "through", "al", "au", "bis", "a", "tot"];

    /// <summary>What a weekday column's header may say besides its day ("Monday Lecture", "Lab on Friday"), folded.</summary>
    public static readonly IReadOnlySet<string> ActivityWords = new HashSet<string>
    {
        "lecture", "lectures", "lab", "labs", "class", "classes", "session", "sessions", "recitation", "tutorial", "seminar", "section",
        "on", "the", "cours", "tp", "td", "practical", "clase", "aula", "lezione", "vorlesung", "ubung", "le", "de", "du",
    };

    /// <summary>Labels of a row of deadlines in a week grid ("Homework deadlines"): not sessions.</summary>
    public static readonly string[] DeadlineLabels = ["deadlines?", "due dates?", "echeances?", "fechas? limite", "entregas", "prazos?", "abgabetermine",
        "abgaben", "scadenze"];

    public static readonly string[] WeekHeaders = ["weeks?", "semaines?", "semanas?", "woche", "settimana", "wk"];

    // Section headings of a course page.
    public static readonly string[] ScheduleHeadings = ["schedule", "calendar", "calendario", "calendrier", "cronograma", "planning", "timetable", "lectures",
        "agenda", "weekplanning", "lesrooster",
        "sessions", "programme", "termine", "lezioni", "seances", "日程", "スケジュール", "课程安排", "教学日历", "课表",
        .. LanguagePhrases(language => language.ScheduleHeadings)];
    public static readonly string[] InformationHeadings = ["informations?", "info", "logistics", "details", "practical", "organi[sz]ation", "informacion",
        "informac(?:ao|oes)", "informazioni", "课程信息", "基本信息", .. LanguagePhrases(language => language.InformationHeadings)];
    public static readonly string[] DescriptionHeadings = ["description", "overview", "about", "summary", "objectives", "contents?"];
    public static readonly string[] EvaluationHeadings = ["evaluation", "évaluation", "grading", "assessment", "marking"];
    public static readonly string[] LiteratureHeadings =
        ["literature", "readings?", "references", "bibliography", "textbooks?", "books", "resources", "参考资料", "参考文献"];

    // What a schedule row says about its session.
    /// <summary>Phrases that say the session is off wherever they stand ("Memorial Day (No Class)"); "break" alone may be a topic.</summary>
    public static readonly string[] ExplicitCancellationPhrases = [
        @"no\s+(?:class(?:es)?|lecture|session|course|meeting|recitation|section|lab|lezione|lezioni|clase|clases|aula)",
        @"class(?:es)?\s+cancell?ed",
        "停课", "停課", "休课", "休講", @"geen\s+(?:les|lessen|college|colleges)",
        "cancell?ed", @"pas\s+de\s+cours"];

    /// <summary>The languages' phrases of more than one word ("keine vorlesung", "sem aula"): they say a session is off wherever they stand.</summary>
    public static readonly string[] LanguageCancellationSentences =
        [.. LanguagePhrases(language => language.CancellationPhrases).Where(phrase => phrase.Contains(@"\s"))];
    public static readonly string[] CancellationPhrases = [.. ExplicitCancellationPhrases,
        "holidays?", @"(?:spring|fall|autumn|winter|mid-?term|reading|easter|christmas|thanksgiving|semester)\s+break", "break",
        "vacations?", "vacances", "f[ée]ri[ée]",
        "feriado", "festivo", "recesso", "receso", @"suspensi[oó]n\s+de\s+clases?", @"sin\s+clases?", "vakantie", "feestdag", @"vrije\s+dag",
        @"\w*ferien"];

    /// <summary>The phrases above and every language's: what a session's text may open with to say it is off.</summary>
    public static readonly string[] AllCancellationPhrases = [.. CancellationPhrases, .. LanguagePhrases(language => language.CancellationPhrases)];
    public static readonly string[] ExamWords = ["exam", "examen", "midterm", "mid-term", "final exam", "partiel", "quiz", "pr[uü]fung", "klausur",
        "esame", "exame", @"test\s*[0-9]+", "parcial", "recuperatorio", .. LanguagePhrases(language => language.ExamWords)];
    public static readonly string[] LabWords = ["lab", "tp", "practical", "tutorial", "td", "esercitazion[ei]", "[uü]bung"];
    public static readonly string[] OtherWords = ["projects?", "projet", "proyecto", "projeto", "projekt", "progetto", "presentations?", "soutenances?"];

    /// <summary>Terms in the second half of an academic year: "2025/2026" with one of them is 2026.</summary>
    public static readonly string[] SecondHalfTerms = ["spring", "summer", "printemps", "[eé]t[eé]", "primavera", "verano", "ver[aã]o", "fr[uü]hling", "sommer",
        "estate", "second semester", "semestre 2", "s2"];

    /// <summary>Page languages (lang:) whose numeric dates put the day first.</summary>
    public static readonly IReadOnlySet<string> DayFirstLanguages = Languages.All.Where(language => language.DayFirst)
        .SelectMany(language => language.Aliases.Append(language.Code)).ToHashSet();

    /// <summary>The phrases every language file adds to a list, folded as the text they are matched against.</summary>
    private static IEnumerable<string> LanguagePhrases(Func<PageLanguage, string[]> phrases) =>
        Languages.Words(phrases).Select(Core.Slides.SearchText.Fold).Distinct();

    /// <summary>
    /// A case-insensitive regex matching any of <paramref name="words"/> as whole words. NonBacktracking: words such as
    /// "\w*ferien" or "no\s+class" backtrack over a long run of letters or spaces in a hostile cell.
    /// </summary>
    public static Regex AnyWord(string[] words) =>
        new($@"\b(?:{string.Join("|", words)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>A case-insensitive regex matching text that starts with one of <paramref name="words"/> (NonBacktracking, as <see cref="AnyWord"/>).</summary>
    public static Regex StartsWithWord(string[] words, string lead = "") =>
        new($@"^{lead}(?:{string.Join("|", words)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static Dictionary<string, InfoField> Labels(Dictionary<InfoField, string[]> byField) =>
        byField.SelectMany(field => field.Value.Select(label => (label, field.Key))).ToDictionary(pair => pair.label, pair => pair.Key);
}
