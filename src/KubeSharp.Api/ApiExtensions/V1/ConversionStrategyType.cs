namespace KubeSharp.Api.ApiExtensions.V1;

public static class ConversionStrategyType
{
    public const string None = "None";

    public const string Webhook = "Webhook";
}
