using KubeSharp.Api.Rbac.V1;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Machinery.Validation.Groups;

/// <summary>
/// Validation of rbac.authorization.k8s.io/v1 objects (upstream's pkg/apis/rbac/validation): names are path
/// segments, rules need verbs and either resources with API groups or non-resource URLs, bindings reference
/// a Role or ClusterRole of the RBAC group and may never change that reference.
/// </summary>
public static class RbacValidation
{
    public const string GroupName = "rbac.authorization.k8s.io";

    public static FieldErrorList ValidateRole(Role role)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(role.Metadata, true, NameValidation.ValidatePathSegmentName, FieldPath.New("metadata"));
        for (var i = 0; i < role.Rules.Count; i++)
        {
            errors.AddRange(ValidatePolicyRule(role.Rules[i], true, FieldPath.New("rules").Index(i)));
        }

        return errors;
    }

    public static FieldErrorList ValidateRoleUpdate(Role role, Role old)
    {
        var errors = ValidateRole(role);
        errors.AddRange(ObjectMetaValidation.ValidateObjectMetaUpdate(role.Metadata, old.Metadata, FieldPath.New("metadata")));
        return errors;
    }

    public static FieldErrorList ValidateClusterRole(ClusterRole role)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(role.Metadata, false, NameValidation.ValidatePathSegmentName, FieldPath.New("metadata"));
        for (var i = 0; i < role.Rules.Count; i++)
        {
            errors.AddRange(ValidatePolicyRule(role.Rules[i], false, FieldPath.New("rules").Index(i)));
        }

        if (role.AggregationRule is { } aggregation)
        {
            var selectors = aggregation.ClusterRoleSelectors ?? [];
            if (selectors.Count == 0)
            {
                errors.Add(FieldError.Required(FieldPath.New("aggregationRule", "clusterRoleSelectors"), "at least one clusterRoleSelector required if aggregationRule is non-nil"));
            }

            for (var i = 0; i < selectors.Count; i++)
            {
                errors.AddRange(LabelSelectors.Validate(selectors[i], FieldPath.New("aggregationRule", "clusterRoleSelectors").Index(i)));
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateClusterRoleUpdate(ClusterRole role, ClusterRole old)
    {
        var errors = ValidateClusterRole(role);
        errors.AddRange(ObjectMetaValidation.ValidateObjectMetaUpdate(role.Metadata, old.Metadata, FieldPath.New("metadata")));
        return errors;
    }

    public static FieldErrorList ValidatePolicyRule(PolicyRule rule, bool isNamespaced, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (rule.Verbs.Count == 0)
        {
            errors.Add(FieldError.Required(path.Child("verbs"), "verbs must contain at least one value"));
        }

        if (rule.NonResourceURLs is { Count: > 0 } urls)
        {
            if (isNamespaced)
            {
                errors.Add(FieldError.Invalid(path.Child("nonResourceURLs"), StringSlice(urls), "namespaced rules cannot apply to non-resource URLs"));
            }

            if (rule.APIGroups is { Count: > 0 } || rule.Resources is { Count: > 0 } || rule.ResourceNames is { Count: > 0 })
            {
                errors.Add(FieldError.Invalid(path.Child("nonResourceURLs"), StringSlice(urls), "rules cannot apply to both regular resources and non-resource URLs"));
            }

            return errors;
        }

        if (rule.APIGroups is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("apiGroups"), "resource rules must supply at least one api group"));
        }

        if (rule.Resources is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("resources"), "resource rules must supply at least one resource"));
        }

        return errors;
    }

    public static FieldErrorList ValidateRoleBinding(RoleBinding binding) =>
        ValidateBinding(binding.Metadata, true, binding.RoleRef, binding.Subjects, ["Role", "ClusterRole"]);

    public static FieldErrorList ValidateRoleBindingUpdate(RoleBinding binding, RoleBinding old) =>
        ValidateBindingUpdate(ValidateRoleBinding(binding), binding.Metadata, old.Metadata, binding.RoleRef, old.RoleRef);

    public static FieldErrorList ValidateClusterRoleBinding(ClusterRoleBinding binding) =>
        ValidateBinding(binding.Metadata, false, binding.RoleRef, binding.Subjects, ["ClusterRole"]);

    public static FieldErrorList ValidateClusterRoleBindingUpdate(ClusterRoleBinding binding, ClusterRoleBinding old) =>
        ValidateBindingUpdate(ValidateClusterRoleBinding(binding), binding.Metadata, old.Metadata, binding.RoleRef, old.RoleRef);

    public static FieldErrorList ValidateSubject(Subject subject, bool isNamespaced, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (subject.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }

        var apiGroup = subject.APIGroup ?? "";
        switch (subject.Kind)
        {
            case SubjectKind.ServiceAccount:
                if (subject.Name.Length > 0)
                {
                    foreach (var message in NameValidation.NameIsDNSSubdomain(subject.Name, false))
                    {
                        errors.Add(FieldError.Invalid(path.Child("name"), subject.Name, message));
                    }
                }

                if (apiGroup.Length > 0)
                {
                    errors.Add(FieldError.NotSupported(path.Child("apiGroup"), apiGroup, [""]));
                }

                if (!isNamespaced && string.IsNullOrEmpty(subject.Namespace))
                {
                    errors.Add(FieldError.Required(path.Child("namespace")));
                }

                break;
            case SubjectKind.User or SubjectKind.Group:
                if (apiGroup != GroupName)
                {
                    errors.Add(FieldError.NotSupported(path.Child("apiGroup"), apiGroup, [GroupName]));
                }

                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("kind"), subject.Kind, [SubjectKind.ServiceAccount, SubjectKind.User, SubjectKind.Group]));
                break;
        }

        return errors;
    }

    private static FieldErrorList ValidateBinding(Api.Meta.V1.ObjectMeta meta, bool isNamespaced, RoleRef roleRef, List<Subject>? subjects, string[] roleKinds)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(meta, isNamespaced, NameValidation.ValidatePathSegmentName, FieldPath.New("metadata"));
        if (roleRef.APIGroup != GroupName)
        {
            errors.Add(FieldError.NotSupported(FieldPath.New("roleRef", "apiGroup"), roleRef.APIGroup, [GroupName]));
        }

        if (!roleKinds.Contains(roleRef.Kind))
        {
            errors.Add(FieldError.NotSupported(FieldPath.New("roleRef", "kind"), roleRef.Kind, roleKinds));
        }

        if (roleRef.Name.Length == 0)
        {
            errors.Add(FieldError.Required(FieldPath.New("roleRef", "name")));
        }
        else
        {
            foreach (var message in NameValidation.ValidatePathSegmentName(roleRef.Name, false))
            {
                errors.Add(FieldError.Invalid(FieldPath.New("roleRef", "name"), roleRef.Name, message));
            }
        }

        for (var i = 0; i < (subjects?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateSubject(subjects![i], isNamespaced, FieldPath.New("subjects").Index(i)));
        }

        return errors;
    }

    private static FieldErrorList ValidateBindingUpdate(FieldErrorList errors, Api.Meta.V1.ObjectMeta meta, Api.Meta.V1.ObjectMeta oldMeta, RoleRef roleRef, RoleRef oldRoleRef)
    {
        errors.AddRange(ObjectMetaValidation.ValidateObjectMetaUpdate(meta, oldMeta, FieldPath.New("metadata")));
        if (roleRef.APIGroup != oldRoleRef.APIGroup || roleRef.Kind != oldRoleRef.Kind || roleRef.Name != oldRoleRef.Name)
        {
            // Upstream prints the struct with %#v; JSON here (docs/machinery.md).
            errors.Add(FieldError.Invalid(FieldPath.New("roleRef"), roleRef, "cannot change roleRef"));
        }

        return errors;
    }

    private static GoLiteral StringSlice(List<string> values) =>
        new("[]string{" + string.Join(", ", values.Select(GoFormat.Quote)) + "}");
}
