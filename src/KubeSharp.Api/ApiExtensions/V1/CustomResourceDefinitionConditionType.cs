namespace KubeSharp.Api.ApiExtensions.V1;

public static class CustomResourceDefinitionConditionType
{
    public const string Established = "Established";

    public const string NamesAccepted = "NamesAccepted";

    public const string NonStructuralSchema = "NonStructuralSchema";

    public const string Terminating = "Terminating";

    public const string KubernetesAPIApprovalPolicyConformant = "KubernetesAPIApprovalPolicyConformant";
}
