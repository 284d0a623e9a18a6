namespace KubeSharp.Api.Apps.V1;

public static class PersistentVolumeClaimRetentionPolicyType
{
    public const string Retain = "Retain";

    public const string Delete = "Delete";
}
