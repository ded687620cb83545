package org.ogpld.bench.data;

import java.util.List;
import java.util.Map;

/**
 * Word pools the generator draws names and texts from: Azerbaijani names (with ə ı ğ ş ç ö ü), names from other
 * OGP countries, organisation and topic words with their English translations.
 */
final class Names {

    static final List<String> MALE_GIVEN = List.of("Əli", "Əliməmməd", "Elçin", "Rəşad", "Vüqar", "Tural", "Orxan",
            "Fərid", "İlqar", "Şahin", "Ceyhun", "Kamran", "Ülvi", "Nicat", "Səbuhi", "Cavid", "Anar", "Emin", "Ramil",
            "Rövşən", "Müşfiq", "Zaur", "Vasif", "Namiq", "Həsən", "Hüseyn", "Şəmsəddin", "Çingiz", "Tofiq", "Qasım");
    static final List<String> FEMALE_GIVEN = List.of("Ülviyyə", "Aygün", "Günel", "Səbinə", "Nərmin", "Leyla",
            "Aynur", "Könül", "Şəbnəm", "Gülnarə", "Fəridə", "Xədicə", "Məleykə", "Sevinc", "Nigar", "Ləman", "Türkan",
            "Ülkər", "Röya", "Gülşən", "Aysel", "Zəhra", "Şəfiqə", "Çiçək", "Pərvin", "Gülər", "Səidə", "Mehriban");
    /** Family names in their masculine form; the feminine adds {@code a}. */
    static final List<String> FAMILY = List.of("Nuriyev", "Həmzəyev", "Talıbov", "Məmmədov", "Əliyev", "Hüseynov",
            "Quliyev", "Həsənov", "Abbasov", "Cəfərov", "Rəhimov", "İsmayılov", "Bağırov", "Süleymanov", "Qasımov",
            "Kərimov", "Vəliyev", "Əsgərov", "Şükürov", "Çələbiyev", "Ağayev", "Babayev", "Mustafayev", "Orucov",
            "Nağıyev", "Salmanov", "Sadıqov", "Yusifov", "Zeynalov", "Əhmədov");
    static final List<String> OTHER_GIVEN = List.of("María", "Jean", "Olena", "Giorgi", "Nino", "Ahmet", "Ayşe",
            "Jürgen", "Zoë", "Björn", "Łukasz", "Dóra", "João", "Chiara", "Amara", "Kwame", "Priya", "Siobhán");
    static final List<String> OTHER_FAMILY = List.of("González", "Dupont", "Kovalenko", "Beridze", "Kapanadze",
            "Yılmaz", "Öztürk", "Müller", "Søndergaard", "Conceição", "Nguyễn", "Okafor", "Sharma", "Ó Briain");

    /** Public bodies: Azerbaijani name, English name. */
    static final List<Map.Entry<String, String>> BODIES = List.of(
            Map.entry("Ədliyyə Nazirliyi", "Ministry of Justice"),
            Map.entry("Maliyyə Nazirliyi", "Ministry of Finance"),
            Map.entry("Təhsil Nazirliyi", "Ministry of Education"),
            Map.entry("Səhiyyə Nazirliyi", "Ministry of Health"),
            Map.entry("İqtisadiyyat Nazirliyi", "Ministry of Economy"),
            Map.entry("Ekologiya və Təbii Sərvətlər Nazirliyi", "Ministry of Ecology and Natural Resources"),
            Map.entry("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "Ministry of Digital Development and Transport"),
            Map.entry("Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", "Ministry of Labour and Social Protection"),
            Map.entry("Xarici İşlər Nazirliyi", "Ministry of Foreign Affairs"),
            Map.entry("Gənclər və İdman Nazirliyi", "Ministry of Youth and Sports"),
            Map.entry("Kənd Təsərrüfatı Nazirliyi", "Ministry of Agriculture"),
            Map.entry("Energetika Nazirliyi", "Ministry of Energy"),
            Map.entry("Dövlət Statistika Komitəsi", "State Statistical Committee"),
            Map.entry("Hesablama Palatası", "Chamber of Accounts"),
            Map.entry("Korrupsiyaya qarşı Mübarizə Komissiyası", "Commission on Combating Corruption"),
            Map.entry("Dövlət Gömrük Komitəsi", "State Customs Committee"));

    /** Words for NGO names: Azerbaijani, English. */
    static final List<Map.Entry<String, String>> NGO_FIELDS = List.of(
            Map.entry("Şəffaflıq", "Transparency"), Map.entry("Hüquqi Maarifləndirmə", "Legal Education"),
            Map.entry("Gənclərin İnkişafı", "Youth Development"), Map.entry("Vətəndaş Cəmiyyəti", "Civil Society"),
            Map.entry("İqtisadi Tədqiqatlar", "Economic Research"),
            Map.entry("Demokratiya və İnsan Hüquqları", "Democracy and Human Rights"),
            Map.entry("Açıq Hökumət", "Open Government"), Map.entry("Media Monitorinqi", "Media Monitoring"),
            Map.entry("Sosial İnnovasiyalar", "Social Innovation"), Map.entry("Ekoloji Təşəbbüslər", "Ecological Initiatives"),
            Map.entry("Qadın Təşəbbüsləri", "Women's Initiatives"), Map.entry("Regional İnkişaf", "Regional Development"));
    static final List<Map.Entry<String, String>> NGO_FORMS = List.of(
            Map.entry("İctimai Birliyi", "Public Union"), Map.entry("Mərkəzi", "Centre"), Map.entry("Fondu", "Foundation"),
            Map.entry("Assosiasiyası", "Association"), Map.entry("Şəbəkəsi", "Network"), Map.entry("İnstitutu", "Institute"));
    /** Azerbaijani towns, for local members and NGO names beyond the first combinations. */
    static final List<Map.Entry<String, String>> TOWNS = List.of(
            Map.entry("Gəncə", "Ganja"), Map.entry("Sumqayıt", "Sumgait"), Map.entry("Şəki", "Shaki"),
            Map.entry("Lənkəran", "Lankaran"), Map.entry("Mingəçevir", "Mingachevir"), Map.entry("Şirvan", "Shirvan"),
            Map.entry("Naxçıvan", "Nakhchivan"), Map.entry("Quba", "Guba"), Map.entry("Qəbələ", "Gabala"),
            Map.entry("Şamaxı", "Shamakhi"), Map.entry("Zaqatala", "Zagatala"), Map.entry("Göyçay", "Goychay"),
            Map.entry("Ağdaş", "Agdash"), Map.entry("Füzuli", "Fuzuli"), Map.entry("Xaçmaz", "Khachmaz"));
    /** Funders and international partners: Azerbaijani, English. */
    static final List<Map.Entry<String, String>> FUNDERS = List.of(
            Map.entry("Niderland Krallığının Xarici İşlər Nazirliyi", "Netherlands Ministry of Foreign Affairs"),
            Map.entry("Avrasiya Tərəfdaşlıq Fondu", "Eurasia Partnership Foundation"),
            Map.entry("Avropa İttifaqının Azərbaycandakı Nümayəndəliyi", "Delegation of the European Union to Azerbaijan"),
            Map.entry("Birləşmiş Millətlər Təşkilatının İnkişaf Proqramı", "United Nations Development Programme"),
            Map.entry("İsveç Beynəlxalq İnkişaf Əməkdaşlığı Agentliyi", "Swedish International Development Cooperation Agency"),
            Map.entry("Almaniya Beynəlxalq Əməkdaşlıq Cəmiyyəti", "German Agency for International Cooperation"),
            Map.entry("Böyük Britaniyanın Səfirliyi", "British Embassy Baku"),
            Map.entry("Açıq Cəmiyyət Fondları", "Open Society Foundations"));
    /** Hotels and halls: name, street as written in the address. */
    static final List<Map.Entry<String, String>> VENUES = List.of(
            Map.entry("Park Inn Hotel", "Azadlıq prospekti 1"), Map.entry("Qafqaz Point Hotel", "Şərifzadə küçəsi 241"),
            Map.entry("Boulevard Hotel", "Neftçilər prospekti 110"), Map.entry("Ramada Baku", "Bülbül prospekti 54"),
            Map.entry("Hyatt Regency Baku", "İzmir küçəsi 1"), Map.entry("Xalq Kitabxanası", "Xaqani küçəsi 29"),
            Map.entry("Gənclər Evi", "Üzeyir Hacıbəyov küçəsi 14"), Map.entry("Kitab Klubu", "Füzuli küçəsi 49"));
    /** Topics of events and commitments: Azerbaijani, English. */
    static final List<Map.Entry<String, String>> TOPICS = List.of(
            Map.entry("dövlət xidmətlərinin keyfiyyəti", "the quality of public services"),
            Map.entry("açıq büdcə", "open budgets"), Map.entry("korrupsiyaya qarşı mübarizə", "fighting corruption"),
            Map.entry("informasiya əldə etmək hüququ", "the right to information"),
            Map.entry("açıq məlumatlar", "open data"), Map.entry("vətəndaş iştirakı", "civic participation"),
            Map.entry("dövlət satınalmaları", "public procurement"), Map.entry("benefisiar mülkiyyət", "beneficial ownership"),
            Map.entry("açıq parlament", "open parliament"), Map.entry("elektron hökumət", "e-government"),
            Map.entry("yerli özünüidarəetmə", "local self-government"), Map.entry("gənclərin iştirakı", "youth participation"));
    static final List<String> ROLE_WORDS = List.of("Director", "Chair", "Coordinator", "Head of Department",
            "Programme Manager", "Legal Adviser", "Expert", "Deputy Minister");
    static final List<String> ROLE_WORDS_AZ = List.of("Direktor", "Sədr", "Koordinator", "Şöbə müdiri",
            "Proqram meneceri", "Hüquq məsləhətçisi", "Ekspert", "Nazir müavini");
    static final List<String> SENTENCES = List.of(
            "The commitment improves how public institutions publish information about their work.",
            "Citizens and civil society organisations will be consulted before each decision is taken.",
            "A public register will be opened with data in machine-readable formats under an open licence.",
            "The responsible body will report on progress every six months on its web site.",
            "Training will be organised for civil servants responsible for access to information requests.",
            "An online platform will let citizens follow the implementation and give feedback.",
            "The legal framework will be reviewed together with independent experts and the parliament.",
            "Indicators of success include the number of datasets published and requests answered on time.");

    private Names() {
    }

    /** Azerbaijani text in Latin letters without its special letters, as English texts usually write names. */
    static String romanise(String az) {
        StringBuilder out = new StringBuilder(az.length() + 4);
        for (char c : az.toCharArray()) {
            out.append(switch (c) {
                case 'ə' -> "a";
                case 'Ə' -> "A";
                case 'ı' -> "i";
                case 'İ' -> "I";
                case 'ğ' -> "gh";
                case 'ş' -> "sh";
                case 'Ş' -> "Sh";
                case 'ç' -> "ch";
                case 'Ç' -> "Ch";
                case 'ö' -> "o";
                case 'Ö' -> "O";
                case 'ü' -> "u";
                case 'Ü' -> "U";
                case 'x' -> "kh";
                case 'X' -> "Kh";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
