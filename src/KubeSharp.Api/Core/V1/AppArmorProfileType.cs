namespace KubeSharp.Api.Core.V1;

/// <summary>Kinds of AppArmor profile.</summary>
public static class AppArmorProfileType
{
    public const string Unconfined = "Unconfined";
    public const string RuntimeDefault = "RuntimeDefault";
    public const string Localhost = "Localhost";
}
