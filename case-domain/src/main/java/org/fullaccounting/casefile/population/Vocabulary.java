package org.fullaccounting.casefile.population;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names, places, units and dates as the Korean War records give them: partial dates (a year, a
 * month, a day, sometimes "circa"), names with the spelling variants clerks and transcribers made.
 */
final class Vocabulary {

    static final List<String> FAMILY = List.of("Dumas", "Anderson", "Kowalski", "Martinez", "O'Brien", "Schmidt",
            "Johnson", "Nakamura", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Wilson",
            "Moore", "Taylor", "Thomas", "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
            "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
            "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Phillips",
            "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
            "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez", "Kelly", "Howard", "Ward",
            "Cox", "Diaz", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "James", "Reyes",
            "Hughes", "Price", "Myers", "Long", "Foster", "Sanders", "Ross", "Morales", "Powell", "Sullivan",
            "Russell", "Ortiz", "Jenkins", "Gutierrez", "Perry", "Butler", "Barnes", "Fisher", "Henderson",
            "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Kim", "Gonzales",
            "Alexander", "Ramos", "Wallace", "Griffin", "West", "Cole", "Hayes", "Chavez", "Gibson", "Bryant",
            "Ellis", "Stevens", "Murray", "Ford", "Marshall", "Owens", "McDonald", "Harrison", "Ruiz", "Kennedy",
            "Wells", "Alvarez", "Woods", "Mendoza", "Castillo", "Olson", "Webb", "Washington", "Tucker",
            "Freeman", "Burns", "Henry", "Vasquez", "Snyder", "Simpson", "Crawford", "Jimenez", "Porter",
            "Mason", "Shaw", "Gordon", "Wagner", "Hunter", "Romero", "Hicks", "Dixon", "Hunt", "Palmer",
            "Robertson", "Black", "Holmes", "Stone", "Meyer", "Boyd", "Mills", "Warren", "Fox", "Rose",
            "Rice", "Moreno", "Schultz", "Heinrich", "Zielinski", "Lefebvre", "MacPherson", "Oyler", "Feaster");
    static final List<String> GIVEN = List.of("Roger", "James", "John", "Robert", "William", "Richard", "Charles",
            "Donald", "George", "Joseph", "Edward", "Thomas", "Frank", "Harold", "Paul", "Raymond", "Walter",
            "Jack", "Henry", "Kenneth", "Arthur", "Albert", "Clarence", "Fred", "Eugene", "Lawrence", "Ernest",
            "Earl", "Francis", "Herbert", "Leonard", "Alfred", "Howard", "Stanley", "Norman", "Melvin", "Ralph",
            "Carl", "Louis", "Floyd", "Leroy", "Lloyd", "Wayne", "Gerald", "Samuel", "Daniel", "Willie", "Luis");
    static final List<String> PLACES = List.of("Chosin Reservoir", "Unsan", "Kunu-ri", "Ch'ongch'on River",
            "Hoengsong", "Taejon", "Naktong River", "Pusan Perimeter", "Heartbreak Ridge", "Pork Chop Hill",
            "Old Baldy", "Kapyong", "Wonju", "Chipyong-ni", "Hagaru-ri", "Koto-ri", "Yalu River", "Sinanju",
            "Pyongyang", "Seoul", "Inchon", "Osan", "Chochiwon", "Punchbowl", "Bloody Ridge", "Sea of Japan",
            "MiG Alley", "Hungnam", "Yudam-ni", "Hill 303");
    static final List<String> CAMPS = List.of("Camp 5, Pyoktong", "Camp 1, Changsong", "Camp 3, Changsong",
            "Camp 2, Pinchon-ni", "Camp 4, Wiwon", "Bean Camp, Suan", "Death Valley, Pukchin", "Kangdong",
            "The Caves", "Apex Camps", "Mining Camp", "Palace Camp, Pyongyang", "Camp 10, Chunggang-jin");
    static final List<String> UNITS = List.of("19th Infantry Regiment, 24th Infantry Division",
            "8th Cavalry Regiment, 1st Cavalry Division", "7th Marines, 1st Marine Division",
            "31st Infantry Regiment, 7th Infantry Division", "2nd Infantry Division", "25th Infantry Division",
            "34th Infantry Regiment, 24th Infantry Division", "1st Marines, 1st Marine Division",
            "5th Air Force, 4th Fighter-Interceptor Wing", "VF-32, USS Leyte", "USS Walke (DD-723)",
            "3rd Infantry Division", "45th Infantry Division", "40th Infantry Division", "187th Airborne RCT");
    static final List<String> RANKS = List.of("PVT", "PFC", "CPL", "SGT", "SFC", "MSG", "2LT", "1LT", "CPT",
            "MAJ", "LTJG", "ENS", "A1C", "SSGT");
    static final List<String> CASEWORKERS = List.of("caseworker-ames", "caseworker-bell", "caseworker-chen",
            "caseworker-diaz", "caseworker-eng", "caseworker-ford", "caseworker-gray", "caseworker-hale",
            "caseworker-ito", "caseworker-jones", "caseworker-kerr", "caseworker-lund");

    private Vocabulary() {
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A date between the years given, as precise as the source happened to be. */
    static HistoricalDate date(SplittableRandom random, int fromYear, int toYear) {
        int year = fromYear + random.nextInt(toYear - fromYear + 1);
        int precision = random.nextInt(10);
        String value = precision < 2 ? String.valueOf(year)
                : precision < 5 ? String.format("%d-%02d", year, 1 + random.nextInt(12))
                : String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return HistoricalDate.of(random.nextInt(12) == 0 ? "circa " + value : value);
    }

    /** A loss date within the war, 25 June 1950 to 27 July 1953, often only a month or a year. */
    static HistoricalDate lossDate(SplittableRandom random) {
        HistoricalDate date = date(random, 1950, 1953);
        int year = date.earliestDay().getYear();
        boolean outsideWar = (year == 1950 && date.earliestDay().getMonthValue() < 7)
                || (year == 1953 && date.earliestDay().getMonthValue() > 7);
        return outsideWar ? HistoricalDate.of(String.valueOf(year)) : date;
    }

    /** The name as another clerk wrote it: a letter doubled, dropped or swapped. */
    static String variant(SplittableRandom random, String name) {
        if (name.length() < 4) {
            return name + "e";
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            case 2 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            default -> name.replace("s", "z").replace("ie", "ei").replace("ph", "f") + (name.endsWith("e") ? "" : "e");
        };
    }
}
