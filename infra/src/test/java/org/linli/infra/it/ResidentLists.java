package org.linli.infra.it;

import org.linli.tenants.registry.residents.IdNumber;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

/** Generated resident lists in the import template, with valid ID numbers and mobiles unique within a list. */
final class ResidentLists {

    static final String HEADER = "community,building,unit,room,name,mobile,id_number,birth_date,gender,relation,tags";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "秀英", "建国"};

    private ResidentLists() {
    }

    /** {@code count} rows in {@code community}, 40 per building, 10 per unit, 2 per home. */
    static String rows(int count, long seed, String community, String region) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            // Each block of 1000 rows has its own 2000-day span of birth dates, so (birth date, sequence) never repeat.
            LocalDate birth = LocalDate.of(1935, 1, 1).plusDays((i / 1000) * 2000L + random.nextInt(2000));
            csv.append(row(community, 1 + i / 40 + "栋", 1 + (i / 10) % 4 + "单元", (101 + (i / 2) % 5) + "",
                    SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)],
                    mobile(seed, i), IdNumber.of(region, birth, i % 1000), i % 7 == 0 ? "独居老人" : ""));
        }
        return csv.toString();
    }

    static String row(String community, String building, String unit, String room, String name, String mobile,
                      String idNumber, String tags) {
        return String.join(",", community, building, unit, room, name, mobile, idNumber, "", "", "", tags) + "\n";
    }

    /** A mobile number unique for (seed, index). */
    static String mobile(long seed, int index) {
        return "1" + "3589".charAt((int) (seed % 4)) + String.format("%09d", (seed * 100_003 + index) % 1_000_000_000);
    }

    static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
