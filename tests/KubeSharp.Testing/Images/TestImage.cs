using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeSharp.Testing.Images;

/// <summary>
/// An OCI image assembled from <see cref="TestLayer"/>s and written as an OCI image layout (the format
/// <c>skopeo copy oci:DIR:TAG</c> reads), so tests never need the internet.
/// </summary>
public sealed class TestImage
{
    private readonly List<TestLayer> _layers = [];

    public IReadOnlyList<string>? Entrypoint { get; set; }

    public IReadOnlyList<string>? Cmd { get; set; } = ["/bin/sh"];

    public IReadOnlyList<string> Env { get; set; } = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"];

    public string? User { get; set; }

    public string? WorkingDir { get; set; }

    public TestImage Layer(TestLayer layer)
    {
        _layers.Add(layer);
        return this;
    }

    /// <summary>The busybox image: one layer of busybox-static, <c>sh</c> as the command.</summary>
    public static TestImage Busybox() => new TestImage().Layer(TestLayer.Busybox());

    /// <summary>Writes (or adds to) an OCI layout at <paramref name="directory"/> under the tag <paramref name="tag"/>.</summary>
    public WrittenImage WriteOciLayout(string directory, string tag)
    {
        var blobs = Path.Combine(directory, "blobs", "sha256");
        System.IO.Directory.CreateDirectory(blobs);
        File.WriteAllText(Path.Combine(directory, "oci-layout"), """{"imageLayoutVersion":"1.0.0"}""");

        var built = _layers.Select(l => l.Build()).ToList();
        foreach (var layer in built)
        {
            WriteBlob(blobs, layer.Gzip);
        }

        var containerConfig = new JsonObject { [nameof(Env)] = new JsonArray([.. Env.Select(e => JsonValue.Create(e))]) };
        if (Entrypoint is not null)
        {
            containerConfig[nameof(Entrypoint)] = new JsonArray([.. Entrypoint.Select(e => JsonValue.Create(e))]);
        }

        if (Cmd is not null)
        {
            containerConfig[nameof(Cmd)] = new JsonArray([.. Cmd.Select(e => JsonValue.Create(e))]);
        }

        if (User is not null)
        {
            containerConfig[nameof(User)] = User;
        }

        if (WorkingDir is not null)
        {
            containerConfig[nameof(WorkingDir)] = WorkingDir;
        }

        var config = new JsonObject
        {
            ["created"] = "2024-01-01T00:00:00Z",
            ["architecture"] = "amd64",
            ["os"] = "linux",
            ["config"] = containerConfig,
            ["rootfs"] = new JsonObject
            {
                ["type"] = "layers",
                ["diff_ids"] = new JsonArray([.. built.Select(l => JsonValue.Create(l.DiffId))]),
            },
        };
        var configBytes = JsonSerializer.SerializeToUtf8Bytes(config);
        var configDigest = WriteBlob(blobs, configBytes);

        var manifest = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = "application/vnd.oci.image.manifest.v1+json",
            ["config"] = Descriptor("application/vnd.oci.image.config.v1+json", configDigest, configBytes.Length),
            ["layers"] = new JsonArray([.. built.Select(l => (JsonNode)Descriptor("application/vnd.oci.image.layer.v1.tar+gzip", l.Digest, l.Gzip.Length))]),
        };
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest);
        var manifestDigest = WriteBlob(blobs, manifestBytes);

        var indexPath = Path.Combine(directory, "index.json");
        var index = File.Exists(indexPath)
            ? JsonNode.Parse(File.ReadAllText(indexPath))!.AsObject()
            : new JsonObject { ["schemaVersion"] = 2, ["manifests"] = new JsonArray() };
        var entry = Descriptor("application/vnd.oci.image.manifest.v1+json", manifestDigest, manifestBytes.Length);
        entry["annotations"] = new JsonObject { ["org.opencontainers.image.ref.name"] = tag };
        index["manifests"]!.AsArray().Add(entry);
        File.WriteAllText(indexPath, index.ToJsonString());

        return new WrittenImage(directory, tag, manifestDigest, configDigest, [.. built.Select(l => l.DiffId)]);
    }

    private static JsonObject Descriptor(string mediaType, string digest, long size) =>
        new() { ["mediaType"] = mediaType, ["digest"] = digest, ["size"] = size };

    private static string WriteBlob(string blobs, byte[] data)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(data));
        File.WriteAllBytes(Path.Combine(blobs, hex), data);
        return "sha256:" + hex;
    }
}
