// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service;

import java.util.Collection;
import java.util.Objects;
import java.util.function.LongFunction;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.UserAccount;

/**
 * What the signed-in account may do, asked by the services before every change. The UI hides what a role may
 * not do; this is the check that holds even when a screen forgets to.
 */
public final class Access {

    private final UserAccount user;
    private final LongFunction<Integer> districtOfSchool;

    /**
     * @param districtOfSchool finds a school's district, for heads whose rights end at their district's edge
     */
    public Access(UserAccount user, LongFunction<Integer> districtOfSchool) {
        this.user = Objects.requireNonNull(user);
        this.districtOfSchool = districtOfSchool;
    }

    public UserAccount user() {
        return user;
    }

    public String login() {
        return user.login();
    }

    public boolean can(Permission p) {
        return user.can(p);
    }

    /** @throws AccessDeniedException unless the account's role grants {@code p} */
    public void require(Permission p) {
        if (!can(p)) {
            throw new AccessDeniedException("access.denied");
        }
    }

    /** Changing a school's registry entry, cameras, equipment or checks. */
    public void requireSchoolEdit(Long schoolId) {
        require(Permission.EDIT_SCHOOLS);
        requireSchoolInDistrict(schoolId);
    }

    /** Offences are recorded by heads for schools of their district. */
    public void requireOffenceRecord(Long schoolId) {
        require(Permission.RECORD_OFFENCES);
        requireSchoolInDistrict(schoolId);
    }

    /**
     * Recording, correcting or removing a visit or an event: a head may for any school of the district; an
     * inspector only when the account's own officer took part.
     */
    public void requireWork(Collection<Long> officerIds, Long schoolId) {
        if (can(Permission.RECORD_DISTRICT_WORK)) {
            requireSchoolInDistrict(schoolId);
            return;
        }
        require(Permission.RECORD_OWN_WORK);
        if (user.officerId() == null || officerIds == null || !officerIds.contains(user.officerId())) {
            throw new AccessDeniedException("access.denied.ownWork");
        }
    }

    /** A head with a district may act only on its schools; accounts without a district are city-wide. */
    public void requireSchoolInDistrict(Long schoolId) {
        if (schoolId == null || user.districtId() == null) {
            return;
        }
        if (!user.districtId().equals(districtOfSchool.apply(schoolId))) {
            throw new AccessDeniedException("access.denied.district");
        }
    }

    /** A head may not move a school into another district, nor create one there. */
    public void requireSchoolInDistrictId(Integer districtId) {
        if (user.districtId() != null && !user.districtId().equals(districtId)) {
            throw new AccessDeniedException("access.denied.district");
        }
    }

    /** The district this account is limited to, or null for the whole city. */
    public Integer district() {
        return user.districtId();
    }
}
