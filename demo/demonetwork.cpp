#include "demonetwork.h"

#include "demomeasures.h"
#include "storage/consultationrepository.h"
#include "storage/contactrepository.h"
#include "storage/curriculumrepository.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/settings.h"
#include "storage/siterepository.h"
#include "storage/staffrepository.h"

#include <QFile>

namespace Verbund {

namespace {

QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// The WZ 2008 section of a demo organisation, by its name.
std::optional<WzSection> wzSectionOf(const QString& name) {
    static const QList<std::pair<const char*, WzSection>> sections{
        {"Nordplast", WzSection::C},    {"Hansen", WzSection::C},
        {"DialogPlus", WzSection::N},   {"Tischlerei", WzSection::F},
        {"Bildungswerk", WzSection::P}, {"TechnikAkademie", WzSection::P},
        {"Agentur", WzSection::O},      {"Jobcenter", WzSection::O},
        {"IHK", WzSection::S},          {"IG Metall", WzSection::S},
        {"Hochschule", WzSection::P},   {"Wirtschaftsförderung", WzSection::O},
    };
    for (const auto& [start, section] : sections) {
        if (name.startsWith(QString::fromUtf8(start)))
            return section;
    }
    return std::nullopt;
}

struct DemoOrganisation {
    const char* name;
    OrganisationKind kind;
    const char* sector;
    int employees; // -1 = not known
    const char* street;
    const char* postcode;
    const char* city;
    int site;
    const char* phone;
    const char* email;
    const char* website;
    Membership membership;
    const char* since;
    int advisor; // index into the staff, -1 = none
    const char* notes;
};

struct DemoContact {
    int organisation;
    Salutation salutation;
    const char* academicTitle;
    const char* firstName;
    const char* lastName;
    const char* function;
    const char* email;
    const char* phone;
};

struct DemoConsultation {
    int organisation;
    const char* date;
    int advisor;
    ConsultationChannel channel;
    ConsultationTopics topics;
    const char* summary;
    const char* outcome;
    const char* followUp;
};

struct DemoTopic {
    const char* title;
    std::initializer_list<const char*> contents;
    int ue;
};

// The two curricula of the amoN project at the Schweriner Ausbildungszentrum, word for word.
Status createDemoCurricula(Database& database) {
    struct DemoCurriculum {
        const char* title;
        const char* targetGroup;
        const char* goal;
        std::initializer_list<DemoTopic> topics;
    };
    const DemoCurriculum curricula[] = {
        {"Qualifizierung des pädagogischen Personals",
         "Lehrende bei Bildungsdienstleistern in der abschlussorientierten Nachqualifizierung",
         "Die Lehrenden erweitern ihre Kompetenzen vom Ausbilder zum Lernbegleiter: "
         "Teilnehmende beraten, Bildungsmaßnahmen planen, Lernende individuell fördern und den "
         "Lernertrag sichern.",
         {
             {"Berufliche Bildungsprozesse",
              {"Situation auf dem Arbeitsmarkt und die Anforderungen an die Berufsbildung",
               "Analyse der eigenen Situation", "Überblick über bildungspolitische Aktivitäten"},
              2},
             {"Vom Ausbilder zum Lernbegleiter",
              {"Aufgaben des Berufsbildungspersonals", "Lernprozessbegleitung",
               "Anforderungen an Lernbegleiter", "Kompetenzprofil von Lernbegleitern"},
              6},
             {"Bildungsbedarf",
              {"Bildungsbedarfe feststellen und outcome orientierte Lernziele definieren",
               "Individuellen Lernbedarf ermitteln",
               "Lernförderliche Rahmenbedingungen/ Lernkultur"},
              8},
             {"Konzeption",
              {"Didaktische Konzeption zur Begleitung von An- und Ungelernten",
               "Einbindung der Lernenden in die Planung", "Handlungs- und Prozessorientierung",
               "Gestaltung des Lernarrangements"},
              8},
             {"Lernprozesse begleiten",
              {"Lernaufgaben übergeben", "Lernende beobachten und unterstützen",
               "Kommunikation im Lernprozess", "Verhalten bei Krisen und Lernschwierigkeiten"},
              8},
             {"Sicherung des Lernertrages",
              {"Möglichkeiten der Lernstandskontrolle", "Lernleistungen bewerten und besprechen",
               "Dokumentation von Lernleistungen",
               "Vorbereitung auf Prüfungen (fachliche und psychologische Vorbereitung)"},
              8},
         }},
        {"Qualifizierung der ausbildenden Fachkräfte",
         "Ausbildende Fachkräfte in den Verbundunternehmen",
         "Die ausbildende Fachkraft gestaltet Lernprozesse im Betrieb, begleitet die Lernenden "
         "in der Nachqualifizierung und sichert den Lernertrag.",
         {
             {"Die ausbildende Fachkraft in der betrieblichen Nachqualifizierung",
              {"Bedeutung der Nachqualifizierung aus verschiedenen Perspektiven (Unternehmen, "
               "Mitarbeiter, ausbildende Fachkraft)",
               "Das Rollenverständnis der ausbildenden Fachkraft in betrieblichen Lernprozessen",
               "Aufgaben der ausbildenden Fachkraft in der Nachqualifizierung",
               "Anforderungen, Rechte und Pflichten an die ausbildende Fachkraft"},
              2},
             {"Das Konzept der betrieblichen Nachqualifizierung",
              {"Situation der An- und Ungelernten im Unternehmen",
               "Anforderungen an die zu Qualifizierenden",
               "Das Konzept der betrieblichen Nachqualifizierung", "Die Externenprüfung"},
              2},
             {"Umgang mit den An- und Ungelernten",
              {"Aufbau von Beziehungen und Gewinnung von Vertrauen",
               "Bedeutung der Kommunikation im Lern-/Arbeitsprozess",
               "Steigerung des Selbstvertrauens der Lernenden", "Verhalten in Konfliktsituationen"},
              6},
             {"Arbeitsprozesse zum Lernen nutzen",
              {"Ziele entwickeln und vereinbaren", "Arbeitsaufgaben zum Lernen nutzen",
               "Lern- und Arbeitstechniken", "Begleitung der Lernenden", "Beobachtung",
               "Erkennen von Lernschwächen/-blockaden", "Unterstützung", "Fehler vs. Motivation",
               "Sicherung des Lernertrages"},
              6},
         }},
    };
    CurriculumRepository repository(database);
    for (const DemoCurriculum& d : curricula) {
        Curriculum curriculum;
        curriculum.title = s(d.title);
        curriculum.targetGroup = s(d.targetGroup);
        curriculum.goal = s(d.goal);
        curriculum.status = CurriculumStatus::Approved;
        for (const DemoTopic& t : d.topics) {
            Topic topic;
            topic.title = s(t.title);
            for (const char* item : t.contents)
                topic.contents << s(item);
            topic.ue = t.ue;
            curriculum.topics << topic;
        }
        if (Status saved = repository.save(curriculum); !saved)
            return saved;
    }
    return {};
}

} // namespace

Status createDemoNetwork(Database& database) {
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();

    if (Status named = NetworkSettings(database).setNetworkName(s("Verbund Westmecklenburg"));
        !named)
        return named;

    SiteRepository sites(database);
    QList<Site> siteRecords{
        {{}, s("Pilotregion Schwerin"), s("Schwerin"), s("Sitz der Koordinierungsstelle")},
        {{}, s("Standort Wismar"), s("Wismar"), {}},
        {{}, s("Standort Ludwigslust"), s("Ludwigslust"), {}},
    };
    for (Site& site : siteRecords) {
        if (Status saved = sites.save(site); !saved)
            return saved;
    }

    StaffRepository staff(database);
    QList<Staff> staffRecords{
        {{},
         s("Anja"),
         s("Becker"),
         s("a.becker@verbund-westmecklenburg.de"),
         s("0385 7788-21"),
         siteRecords[0].meta.id,
         true},
        {{},
         s("Tilman"),
         s("Roth"),
         s("t.roth@verbund-westmecklenburg.de"),
         s("0385 7788-22"),
         siteRecords[0].meta.id,
         true},
        {{},
         s("Karin"),
         s("Vogt"),
         s("k.vogt@verbund-westmecklenburg.de"),
         s("03841 4410-15"),
         siteRecords[1].meta.id,
         true},
        {{},
         s("Stefan"),
         s("Lange"),
         s("s.lange@verbund-westmecklenburg.de"),
         s("03874 2290-3"),
         siteRecords[2].meta.id,
         true},
    };
    for (Staff& person : staffRecords) {
        if (Status saved = staff.save(person); !saved)
            return saved;
    }

    using K = OrganisationKind;
    using M = Membership;
    const DemoOrganisation organisations[] = {
        {"Nordplast Kunststofftechnik GmbH", K::Company,
         "Kunststoffverarbeitung, Automobilzulieferer", 1000, "Gewerbepark Süd 4", "19243",
         "Wittenburg", 0, "038852 901-0", "personal@nordplast-kunststoff.de",
         "www.nordplast-kunststoff.de", M::Member, "2024-03-01", 0,
         "Teil einer europaweiten Unternehmensgruppe; Kurzarbeit in der Produktion."},
        {"Hansen Maschinenbau GmbH", K::Company, "Maschinenbau und Service", 180,
         "Industriestraße 12", "19288", "Ludwigslust", 2, "03874 5512-0",
         "info@hansen-maschinenbau.de", "www.hansen-maschinenbau.de", M::Member, "2024-06-15", 3,
         "Entwickelt sich vom Maschinenhersteller zum Hersteller- und Serviceunternehmen."},
        {"DialogPlus Kundenservice GmbH", K::Company, "Callcenter", 320, "Am Margaretenhof 20",
         "23966", "Wismar", 1, "03841 7720-0", "personal@dialogplus-service.de",
         "www.dialogplus-service.de", M::Member, "2025-01-01", 2,
         "Seiteneinsteiger im Kundenservice; Nachqualifizierung Dialogmarketing."},
        {"Tischlerei Krüger",
         K::Company,
         "Handwerk, Tischlerei",
         6,
         "Dorfstraße 3",
         "19230",
         "Hagenow",
         2,
         "03883 61234",
         "kontakt@tischlerei-krueger.de",
         {},
         M::Prospect,
         nullptr,
         3,
         "Sucht erstmals einen Auszubildenden."},
        {"Bildungswerk Westmecklenburg gGmbH", K::EducationProvider, "Berufliche Weiterbildung", 85,
         "Ziolkowskistraße 5", "19063", "Schwerin", 0, "0385 3030-0", "info@bildungswerk-wm.de",
         "www.bildungswerk-wm.de", M::Member, "2023-09-01", 0,
         "Federführender Bildungsträger für Umschulungen und Externenprüfungen."},
        {"TechnikAkademie Nord GmbH", K::EducationProvider, "Technische Zusatzqualifikationen", 40,
         "Werkstraße 9", "19061", "Schwerin", 0, "0385 6200-40", "kontakt@technikakademie-nord.de",
         "www.technikakademie-nord.de", M::Member, "2024-01-15", 1,
         "Zweiter Lernort für Zusatzqualifikationen (SPS, Hydraulik)."},
        {"Agentur für Arbeit Schwerin",
         K::EmploymentAgency,
         "Arbeitsförderung",
         -1,
         "Am Margaretenhof 14",
         "19057",
         "Schwerin",
         0,
         "0800 4555500",
         {},
         {},
         M::Member,
         "2023-09-01",
         0,
         "Arbeitgeber-Service; WeGebAU und Qualifizierungschancengesetz."},
        {"Jobcenter Westmecklenburg",
         K::JobCentre,
         "Grundsicherung",
         -1,
         "Bahnhofstraße 20",
         "19288",
         "Ludwigslust",
         2,
         "03874 4190-0",
         {},
         {},
         M::Prospect,
         nullptr,
         3,
         {}},
        {"IHK zu Schwerin", K::Chamber, "Industrie- und Handelskammer", -1, "Graf-Schack-Allee 12",
         "19053", "Schwerin", 0, "0385 5103-0", "info@ihk-schwerin.de", "www.ihk.de/schwerin",
         M::Member, "2023-09-01", 0, "Externenprüfungen, Zulassung nach § 45 BBiG."},
        {"IG Metall Schwerin",
         K::Union,
         "Gewerkschaft",
         -1,
         "Dr.-Külz-Straße 18",
         "19053",
         "Schwerin",
         0,
         "0385 59017-0",
         {},
         {},
         M::Member,
         "2024-02-01",
         1,
         "Vertreten im Steuerkreis."},
        {"Hochschule Wismar",
         K::University,
         "Hochschule für Technik, Wirtschaft und Gestaltung",
         -1,
         "Philipp-Müller-Straße 14",
         "23966",
         "Wismar",
         1,
         "03841 753-0",
         {},
         {},
         M::Member,
         "2024-05-01",
         2,
         "Wissenschaftliche Begleitung des Verbundes."},
        {"Wirtschaftsförderung Westmecklenburg",
         K::BusinessDevelopment,
         "Regionalentwicklung",
         -1,
         "Schloßstraße 17",
         "19053",
         "Schwerin",
         0,
         "0385 555-66",
         {},
         {},
         M::Former,
         "2023-09-01",
         -1,
         "Mitgliedschaft 2025 beendet; weiterhin Multiplikator."},
    };
    OrganisationRepository organisationRepository(database);
    QList<qint64> organisationIds;
    for (const DemoOrganisation& d : organisations) {
        Organisation o;
        o.name = s(d.name);
        o.kind = d.kind;
        o.sector = s(d.sector);
        o.wzSection = wzSectionOf(o.name);
        if (d.employees >= 0)
            o.employees = d.employees;
        o.street = s(d.street);
        o.postcode = s(d.postcode);
        o.city = s(d.city);
        o.siteId = siteRecords[d.site].meta.id;
        o.phone = s(d.phone);
        o.email = s(d.email);
        o.website = s(d.website);
        o.membership = d.membership;
        if (d.since)
            o.memberSince = QDate::fromString(s(d.since), Qt::ISODate);
        if (d.membership == Membership::Former)
            o.memberUntil = QDate(2025, 12, 31);
        if (d.advisor >= 0)
            o.advisorId = staffRecords[d.advisor].meta.id;
        o.notes = s(d.notes);
        if (Status saved = organisationRepository.save(o); !saved)
            return saved;
        organisationIds << o.meta.id;
    }

    const DemoContact contacts[] = {
        {0, Salutation::Ms, nullptr, "Martina", "Schulz", "Personalleitung",
         "m.schulz@nordplast-kunststoff.de", "038852 901-120"},
        {0, Salutation::Mr, nullptr, "Jens", "Wagner", "Ausbilder Produktion",
         "j.wagner@nordplast-kunststoff.de", "038852 901-310"},
        {0, Salutation::Ms, nullptr, "Petra", "Neumann", "Betriebsrat", {}, "038852 901-200"},
        {1, Salutation::Mr, nullptr, "Uwe", "Hansen", "Geschäftsführung",
         "u.hansen@hansen-maschinenbau.de", "03874 5512-10"},
        {1, Salutation::Ms, nullptr, "Sabine", "Koch", "Leitung Service",
         "s.koch@hansen-maschinenbau.de", "03874 5512-40"},
        {2, Salutation::Ms, nullptr, "Nadine", "Richter", "Personalleitung",
         "n.richter@dialogplus-service.de", "03841 7720-15"},
        {3, Salutation::Mr, nullptr, "Olaf", "Krüger", "Inhaber", "kontakt@tischlerei-krueger.de",
         "03883 61234"},
        {4, Salutation::Mr, nullptr, "Gerd", "Polzin", "Projektleitung Nachqualifizierung",
         "g.polzin@bildungswerk-wm.de", "0385 3030-31"},
        {5, Salutation::Ms, "Dr.", "Ines", "Hartmann", "Lehrgangsplanung",
         "i.hartmann@technikakademie-nord.de", "0385 6200-41"},
        {6, Salutation::Mr, nullptr, "Frank", "Meier", "Arbeitgeber-Service", {}, "0385 450-1234"},
        {8, Salutation::Ms, nullptr, "Claudia", "Berg", "Weiterbildung und Prüfungen",
         "berg@schwerin.ihk.de", "0385 5103-402"},
        {9,
         Salutation::Mr,
         nullptr,
         "Matthias",
         "Wilke",
         "Gewerkschaftssekretär",
         {},
         "0385 59017-12"},
    };
    ContactRepository contactRepository(database);
    for (const DemoContact& d : contacts) {
        Contact c;
        c.organisationId = organisationIds[d.organisation];
        c.salutation = d.salutation;
        c.academicTitle = s(d.academicTitle);
        c.firstName = s(d.firstName);
        c.lastName = s(d.lastName);
        c.function = s(d.function);
        c.email = s(d.email);
        c.phone = s(d.phone);
        if (Status saved = contactRepository.save(c); !saved)
            return saved;
    }

    using C = ConsultationChannel;
    using T = ConsultationTopic;
    const DemoConsultation consultations[] = {
        {0, "2026-01-20", 0, C::OnSite, T::NeedsAnalysis | T::Qualification,
         "Bedarf an abschlussorientierter Qualifizierung von 10 an- und ungelernten Beschäftigten "
         "in der Produktion.",
         "Maßnahme Maschinen- und Anlagenführer/in wird mit Agentur und Bildungsträger geplant.",
         "2026-02-10"},
        {0, "2026-02-10", 0, C::OnSite, T::Funding,
         "Finanzierung: 70 % Agentur für Arbeit, 30 % Unternehmen; 18 arbeitslos Gemeldete aus dem "
         "Pool der Agentur.",
         "Unternehmen verpflichtet sich, die Hälfte der 18 zu übernehmen.", nullptr},
        {1, "2026-02-03", 3, C::OnSite, T::NeedsAnalysis | T::Qualification,
         "Soll-Ist-Vergleich für drei Servicetechniker mit Metall-Facharbeiterabschluss.",
         "Externenprüfung Mechatroniker/in, 18 Monate berufsbegleitend.", "2026-03-02"},
        {1, "2026-03-02", 3, C::Video, T::Funding, "Förderung über WeGebAU geprüft.",
         "Antrag bei der Agentur eingereicht.", nullptr},
        {2, "2026-02-17", 2, C::Phone, T::Qualification,
         "Anfrage zur Nachqualifizierung von Seiteneinsteigern im Kundenservice.",
         "Erstgespräch mit der Personalleitung vereinbart.", "2026-02-24"},
        {2, "2026-02-24", 2, C::OnSite, T::Qualification | T::Funding,
         "Teilqualifizierung und Abschluss Kaufmann/-frau für Dialogmarketing für 12 Beschäftigte.",
         "Innerbetriebliche Ausschreibung läuft.", nullptr},
        {3, "2026-03-11", 3, C::Hotline, T::Apprenticeship,
         "Erstmals Ausbildung zum Tischler; Fragen zur Ausbildereignung.",
         "Informationen zur AEVO und zur IHK/HWK-Beratung versandt.", "2026-04-15"},
        {3, "2026-04-15", 3, C::OnSite, T::Apprenticeship | T::Funding,
         "Besuch im Betrieb; Ausbildungsplatz ab August.", "Stellenanzeige wird erstellt.",
         nullptr},
        {4, "2026-01-28", 0, C::Event, T::Qualification,
         "Arbeitskreis Bildungsdienstleister: Rollen in der Nachqualifizierung.",
         "Fortbildung des pädagogischen Personals geplant (40 UE).", nullptr},
        {5, "2026-03-18", 1, C::Video, T::Digitalisation,
         "Digitale Lernbegleitung und E-Learning in Zusatzqualifikationen.",
         "Gemeinsames Konzept bis Mai.", "2026-05-20"},
        {6, "2026-02-05", 0, C::OnSite, T::Funding | T::Qualification,
         "Abstimmung Qualifizierungschancengesetz und Bildungsgutscheine für den Verbund.",
         "Regelmäßiger Austausch im Quartal vereinbart.", "2026-05-05"},
        {7, "2026-04-08", 3, C::Phone, T::Other,
         "Vorstellung des Verbundes; Interesse an Teilnehmenden aus dem SGB II.",
         "Einladung zum nächsten Netzwerktreffen.", nullptr},
    };
    ConsultationRepository consultationRepository(database);
    for (const DemoConsultation& d : consultations) {
        Consultation c;
        c.organisationId = organisationIds[d.organisation];
        c.date = QDate::fromString(s(d.date), Qt::ISODate);
        c.advisorId = staffRecords[d.advisor].meta.id;
        c.channel = d.channel;
        c.topics = d.topics;
        c.summary = s(d.summary);
        c.outcome = s(d.outcome);
        if (d.followUp)
            c.followUp = QDate::fromString(s(d.followUp), Qt::ISODate);
        if (Status saved = consultationRepository.save(c); !saved)
            return saved;
    }
    // The last months' consultations, whatever the day the demo is made: the overview then
    // shows consultations in its figures and follow-ups due today and this week.
    struct RecentConsultation {
        int organisation;
        int daysAgo;
        int advisor;
        ConsultationChannel channel;
        ConsultationTopics topics;
        const char* summary;
        const char* outcome;
        int followUpInDays;
    };
    const RecentConsultation recent[] = {
        {1, 70, 3, C::OnSite, T::Qualification,
         "Zwischenstand der berufsbegleitenden Externenprüfung; zwei weitere Servicetechniker "
         "interessiert.",
         "Zweite Gruppe ab Frühjahr prüfen.", 0},
        {2, 42, 2, C::Video, T::Digitalisation | T::Qualification,
         "Lernplattform für die Teilqualifizierung im Kundenservice.",
         "Zugänge für die Ausbilder:innen beantragt.", 1},
        {5, 21, 1, C::Phone, T::Funding, "Nachfrage zum Förderantrag der Zusatzqualifikation.",
         "Unterlagen nachreichen.", 4},
        {3, 6, 3, C::OnSite, T::Apprenticeship, "Auszubildender seit August; erste Erfahrungen.",
         "Ausbildungsplan mit der Kammer abstimmen.", 12},
    };
    const QDate made = QDate::currentDate();
    for (const RecentConsultation& d : recent) {
        Consultation c;
        c.organisationId = organisationIds[d.organisation];
        c.date = made.addDays(-d.daysAgo);
        c.advisorId = staffRecords[d.advisor].meta.id;
        c.channel = d.channel;
        c.topics = d.topics;
        c.summary = s(d.summary);
        c.outcome = s(d.outcome);
        c.followUp = made.addDays(d.followUpInDays);
        if (Status saved = consultationRepository.save(c); !saved)
            return saved;
    }
    if (Status saved = createDemoCurricula(database); !saved)
        return saved;
    if (Status saved = createDemoMeasures(database); !saved)
        return saved;
    return transaction.commit();
}

} // namespace Verbund
