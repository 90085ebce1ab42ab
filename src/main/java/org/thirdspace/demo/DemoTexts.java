package org.thirdspace.demo;

import java.util.Random;

import org.thirdspace.groups.CoreComponent;

/** Original texts the demo groups draw from: topics, purposes, norms, notes. */
final class DemoTexts {

    private DemoTexts() {
    }

    /** name | activity codes | what the group does (completes a purpose sentence) */
    static final String[] PARTNERSHIP_TOPICS = {
        "ITE|ite|train new primary teachers together, with school mentors and university tutors sharing the assessment of placements",
        "Secondary ITE|ite,cpd|host trainee teachers across subjects and give mentors the time and training the role needs",
        "Primary Science|stem-outreach,cpd|bring working scientists and trainee teachers into Year 5 and 6 science lessons",
        "Early Reading|research-enquiry,cpd|test phonics and shared-reading approaches in Reception classes and write up what we learn",
        "Students as Researchers|students-as-researchers,research-enquiry|train pupils to design and run small research projects about their own school",
        "Maths Mastery|cpd,subject-enrichment|run lesson-study cycles on mastery approaches in Key Stages 2 and 3",
        "Widening Participation|widening-participation,pupil-mentoring|give first-generation pupils a sustained experience of university study from Year 9",
        "Pupil Mentoring|pupil-mentoring,widening-participation|pair undergraduates with Year 10 pupils for weekly study mentoring",
        "Research School|research-enquiry,school-improvement|turn questions teachers ask into joint enquiries with academic support",
        "Modern Languages|subject-enrichment,ite|keep language learning alive from primary to sixth form with student ambassadors",
        "Physics Outreach|stem-outreach,subject-enrichment|run practical physics days and lend equipment schools cannot afford",
        "SEND Practice|cpd,research-enquiry|share what works for pupils with special educational needs between special and mainstream schools",
    };

    static final String[] NETWORK_TOPICS = {
        "Mentor|ite,cpd|connect school-based mentors across the region so that nobody mentors alone",
        "Practitioner Research|research-enquiry|help teachers publish and present their enquiries and find academic critical friends",
        "STEM Partnerships|stem-outreach|coordinate outreach offers so that schools stop getting five invitations for the same week",
        "Teaching School Hub|cpd,school-improvement|plan joint professional development between trusts, the local authority and universities",
        "Arts and Culture|public-engagement,subject-enrichment|link schools with university arts departments, museums and galleries",
        "Progression to HE|widening-participation|align the widening-participation work of several universities for the same schools",
    };

    static final String[] COMMUNITY_TOPICS = {
        "Boundary Spanners|cpd|give link tutors, coordinators and brokers a place to compare notes on their hybrid roles",
        "Third Space Professionals|cpd,research-enquiry|support people whose jobs sit between school and university cultures",
        "Early Career Mentoring|ite,cpd|share ways of mentoring early-career teachers that respect their workload",
        "Lesson Study|cpd,research-enquiry|practise and improve lesson study across schools and universities",
        "School-Based Research Leads|research-enquiry,school-improvement|help research leads in schools find evidence, partners and time",
    };

    static final String[] PROJECT_TOPICS = {
        "Outdoor science|stem-outreach|run a term of outdoor science investigations with trainee teachers",
        "Reading for pleasure|research-enquiry|evaluate a reading-for-pleasure programme in two schools",
        "Oracy|cpd|trial a talk-for-learning framework in Year 7 tutor groups",
        "Transition|widening-participation|follow a cohort of pupils across the move from primary to secondary",
        "Feedback|research-enquiry|compare written and verbal feedback in mathematics",
    };

    static final String[] PURPOSES = {
        "We %s.\n\nThe partnership belongs to the institutions, not to any one of us: seats, notes and history stay when people move on.",
        "Our shared aim is to %s.\n\nSchool and university staff have an equal voice in deciding what we do next.",
        "This group exists to %s.\n\n* We agree priorities together each September.\n* We review what worked every summer.",
        "We came together to %s. Everything we learn is written up so that others do not have to start from scratch.",
    };

    static final String BUDDY_PURPOSE = "A pair of mentors supporting each other through the year: a fortnightly call, "
            + "a shared log of questions, and an honest look at what is and is not working.";

    static final String[] NORMS = {
        "Meetings alternate between school and university sites. Minutes go on the timeline within a week.",
        "We assume good intent, disagree openly, and protect teachers' time: no meetings in assessment weeks.",
        "Decisions need one voice from each side. Anything confidential about pupils stays out of the group space.",
        "Everyone can add an agenda item. We start and end on time, and we say who will do what by when.",
    };

    static final String[] CLOSURE_REASONS = {
        "The funding for release time ended and both sides agreed to fold the work into the regional network.",
        "The project reached its goals; the evaluation report is in the meetings log.",
        "The school joined a trust with its own university partner; we closed on good terms and kept the record.",
    };

    static final String[] AIMS_NOTES = {
        "We reaffirmed our aims; the only change is more emphasis on writing up what we do.",
        "Aims still hold. We agreed to bring one more school into the partnership next year.",
        "We rewrote the second aim so that it names outcomes for pupils, not just activities.",
        "Aims reaffirmed after a long discussion about workload and release time.",
    };

    static String reviewNote(CoreComponent component, int score, Random random) {
        String[] low = {"Still depends on one or two people.", "Not discussed enough yet.",
            "Weakest area this year.", "We need a plan for this."};
        String[] high = {"Strong and shared on both sides.", "Written down and reviewed each term.",
            "Improved since last year.", "Works well even when people change."};
        return score <= 2 ? low[random.nextInt(low.length)] : high[random.nextInt(high.length)];
    }

    /** title, notes (Markdown) */
    static final String[][] MEETINGS = {
        {"Autumn planning meeting", "Agreed the calendar for the year.\n\n* Placement dates confirmed\n* Mentor training in October\n* **Action:** tutors to share the handbook"},
        {"Mentor training day", "Twenty mentors attended. Feedback was positive; people asked for more on grading conversations."},
        {"Steering group", "Reviewed budget and release time. The school side asked for earlier notice of visits."},
        {"End-of-year review", "Looked back at the year against our aims and drafted next year's priorities."},
        {"Pupil research showcase", "Pupils presented six projects to staff and university guests."},
        {"Online catch-up", "Short call on open issues: data sharing agreement and the new timetable."},
    };

    static final String[] AGREEMENTS = {
        "Placement agreement for 2026/27 signed in July; renewal due in June.",
        "Data-sharing agreement with the university, reviewed every two years; current one runs to next summer.",
        "Memorandum of understanding on release time: one afternoon a fortnight for the link teacher.",
    };

    static final String[] CONTACTS = {
        "Placement office at the university (shared inbox), the school business manager for room bookings, and the trust's CPD lead.",
        "Our main contacts are the subject tutors for science and maths and the head of the sixth form.",
    };

    static final String[] OPEN_ISSUES = {
        "Two trainees need a second placement school in spring. The timetable clash on Thursdays is not solved yet.",
        "We promised the pupils' research showcase a venue at the university: not booked yet.",
    };

    static final String CALENDAR = "* September: mentor briefing\n* November: first placement visits\n"
            + "* February: mid-year review\n* June: end-of-year meeting and renewal of agreements";
}
