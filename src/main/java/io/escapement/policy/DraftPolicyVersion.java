package io.escapement.policy;

import java.util.Set;

/**
 * Draft a new version of the policy, or revise a draft.
 *
 * @param materialChanges the kinds of material change (N-2); empty for a minor revision
 * @param removesRights whether a right is reduced; such a version must also name {@link
 *     MaterialChange#USER_RIGHTS}
 * @param summaryZh what changes, for users, in Simplified Chinese
 * @param summaryEn what changes, for users, in English
 */
public record DraftPolicyVersion(
        Set<MaterialChange> materialChanges, boolean removesRights, String summaryZh, String summaryEn) {

    public DraftPolicyVersion {
        materialChanges = Set.copyOf(materialChanges);
        if (summaryZh.isBlank() || summaryEn.isBlank()) {
            throw new PolicyVersionRefused("Say what changes in this version, in Chinese and in English.");
        }
        if (removesRights && !materialChanges.contains(MaterialChange.USER_RIGHTS)) {
            throw new PolicyVersionRefused("A version that reduces users' rights is a material change of kind "
                    + MaterialChange.USER_RIGHTS + "; name it.");
        }
    }

    /** A minor revision: no material change. */
    public static DraftPolicyVersion minor(String summaryZh, String summaryEn) {
        return new DraftPolicyVersion(Set.of(), false, summaryZh, summaryEn);
    }
}
