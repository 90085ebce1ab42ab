package org.thirdspace.demo;

import java.util.List;

/** Word lists the demo generator combines into institution and person names. */
final class Names {

    static final List<String> FEATURES = List.of("Oakfield", "Beechwood", "Riverside", "Hillcrest", "Meadowbank",
            "Westgate", "Ashgrove", "Kingsmead", "Millbrook", "Elmhurst", "Fernside", "Larkrise", "Heathfield",
            "Brookside", "Redhill", "Lindley", "Harewood", "Thornbury", "Willowbank", "Castleview", "Queensbury",
            "Springwell", "Northfield", "Southlands", "Greenacre", "Hollins", "Moorside", "Parkgate", "Stonebridge",
            "Valley Road", "Orchard Lane", "Chapel Street", "Marsh Lane", "Cherry Tree", "Foxhill", "Lark Hill");

    static final List<String> SAINTS = List.of("Anne", "Bede", "Catherine", "Cuthbert", "David", "Hilda", "John",
            "Joseph", "Margaret", "Mary", "Michael", "Patrick", "Peter", "Teresa", "Aidan", "Chad", "Oswald", "Wilfrid");

    static final List<String> SUBJECT_ASSOCIATIONS = List.of("Association for Primary Science Teaching",
            "Society for Mathematics in Schools", "Network of History Educators", "Geography Teaching Circle",
            "Guild of Modern Language Teachers", "Computing in the Classroom Association",
            "Forum for Education Research Methods", "Alliance for Inclusive Education (SEND)",
            "Reading for Pleasure Network", "Physical Education Practice Forum");

    static final List<String> CHARITIES = List.of("Reach Further Foundation", "Schools and Scientists Together",
            "First Generation to University Trust", "Pupil Researchers Network", "Open Doors Outreach",
            "Creative Classrooms Charity", "Future Engineers Foundation", "Community Learning Partnership");

    static final List<String> FIRST_NAMES = List.of("Aisha", "Ben", "Chloe", "Daniel", "Eleanor", "Farhan", "Grace",
            "Hamza", "Isla", "James", "Kiran", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Rhys", "Sophie",
            "Tomasz", "Uma", "Victoria", "William", "Yasmin", "Zoe", "Amara", "Callum", "Deborah", "Ewan", "Fatima",
            "Gareth", "Hannah", "Ibrahim", "Jessica", "Kwame", "Lucy", "Matthew", "Nadia", "Owen", "Parveen",
            "Rachel", "Samuel", "Tara", "Usman", "Vikram", "Wen", "Alex", "Bethan", "Ciaran", "Dominika", "Emeka",
            "Fiona", "George", "Harriet", "Imran", "Joanne", "Kate", "Liam", "Megan", "Nathan", "Olga", "Siobhan");

    static final List<String> LAST_NAMES = List.of("Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fletcher",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Murphy", "Nowak", "O'Brien", "Patel", "Quinn",
            "Roberts", "Singh", "Thomas", "Underwood", "Vaughan", "Walker", "Young", "Zielinski", "Adeyemi",
            "Bennett", "Chowdhury", "Doherty", "Edwards", "Fraser", "Gallagher", "Hussain", "Jackson", "Kaur",
            "Lloyd", "MacDonald", "Nguyen", "Okafor", "Price", "Robinson", "Shah", "Taylor", "Watson", "Wright",
            "Begum", "Clarke", "Dunn", "Ellis", "Hall", "Kowalski", "Mensah", "Morgan", "Reid", "Stewart", "Wood");

    static final List<String> SCHOOL_TITLES = List.of("Class teacher", "Teacher of science", "Teacher of English",
            "Head of mathematics", "Head of science", "ITE coordinator", "Professional tutor", "Subject mentor",
            "Lead mentor", "Deputy head teacher", "Head teacher", "SENCO", "Head of sixth form",
            "Assistant head (teaching and learning)", "Research lead", "Early years lead", "Link teacher");

    static final List<String> UNIVERSITY_TITLES = List.of("Lecturer in education", "Senior lecturer in primary education",
            "Link tutor", "PGCE course director", "Professor of education", "Widening participation officer",
            "Outreach officer", "Research fellow", "Partnership manager", "School engagement manager",
            "Subject tutor (secondary science)", "Subject tutor (mathematics)", "Director of teacher education");

    static final List<String> OTHER_TITLES = List.of("Partnership lead", "Programme manager", "Education officer",
            "Schools liaison officer", "CPD lead", "Teaching school hub director", "School improvement adviser");

    static final List<String> INTERESTS = List.of("enquiry-based science", "early reading", "mentoring new teachers",
            "practitioner research", "widening participation", "STEM outreach", "assessment for learning",
            "inclusive classrooms", "mathematics mastery", "students as researchers", "school-led CPD",
            "oracy", "transition from primary to secondary", "modern languages", "computing curriculum",
            "outdoor learning", "evaluation of partnership projects", "university access for first-generation pupils");

    private Names() {
    }
}
