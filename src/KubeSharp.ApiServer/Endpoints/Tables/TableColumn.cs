namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>One column of a Table (upstream's <c>metav1.TableColumnDefinition</c>); priority 0 always shows, higher only with <c>-o wide</c>.</summary>
public sealed record TableColumn(string Name, string Type, string Format, string Description, int Priority = 0);
