using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Admission;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.Storage;

namespace KubeSharp.ApiServer.Registry.Generic;

public sealed partial class ResourceStore
{
    /// <summary>How often a generated name is retried on collision (upstream's RetryGenerateName: 7 more tries).</summary>
    private const int GenerateNameAttempts = 8;

    /// <summary>
    /// Creates an object, as upstream's Store.Create: namespace from the request, system fields filled, name
    /// generated from generateName, strategy preparation and validation, admission, then a create-if-absent.
    /// </summary>
    public async Task<JsonObject> CreateAsync(string ns, JsonObject obj, WriteOptions options, CancellationToken cancellationToken)
    {
        if (ObjectMetadata.ResourceVersion(obj).Length > 0)
        {
            throw StatusError.BadRequest("resourceVersion should not be set on objects to be created");
        }

        EnsureNamespace(ns, obj);
        var meta = ObjectMetadata.Meta(obj);
        meta.Remove("deletionTimestamp");
        meta.Remove("deletionGracePeriodSeconds");
        meta.Remove("selfLink");
        meta["uid"] = Guid.NewGuid().ToString();
        meta["creationTimestamp"] = Now();
        var generateName = ObjectMetadata.GenerateName(obj);
        var generated = generateName.Length > 0 && ObjectMetadata.Name(obj).Length == 0;
        if (generated)
        {
            meta["name"] = NameGenerator.Generate(generateName);
        }

        Strategy.PrepareForCreate(obj);
        var errors = new List<Machinery.Validation.FieldError>(Strategy.Validate(obj));
        if (errors.Count == 0)
        {
            errors.AddRange(ObjectMetaValidation.Validate(obj, Mapping.Namespaced, Strategy));
        }

        if (errors.Count > 0)
        {
            throw StatusErrors.Invalid(Mapping.Kind, ObjectMetadata.Name(obj), errors);
        }

        var name = ObjectMetadata.Name(obj);
        await AdmitAsync(AdmissionOperation.Create, "", ns, name, obj, null, options.DryRun, cancellationToken);
        if (options.DryRun)
        {
            return obj;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var kv = await _storage.CreateAsync(Key(ns, ObjectMetadata.Name(obj)), ObjectCodec.Encode(obj), 0, cancellationToken);
                ObjectCodec.SetResourceVersion(obj, kv.ModRevision);
                return obj;
            }
            catch (KeyExistsException)
            {
                if (!generated || attempt >= GenerateNameAttempts)
                {
                    throw StatusErrors.AlreadyExists(Resource, ObjectMetadata.Name(obj));
                }

                meta["name"] = NameGenerator.Generate(generateName);
            }
            catch (ValueTooLargeException)
            {
                throw StatusError.RequestEntityTooLarge("limit is 1572864");
            }
        }
    }
}
