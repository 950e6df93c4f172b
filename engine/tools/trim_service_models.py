#!/usr/bin/env python3
"""Regenerates the AWS service models that TestState checks mocked results against.

The models come from botocore (Apache License 2.0), the data-driven core of the AWS CLI and boto3, which carries
every AWS service's API model as `data/<service>/<api-version>/service-2.json(.gz)`. Each model is trimmed to what a
response check needs: the operations' output shapes and the shapes they reach, without documentation, examples or
request-only shapes. The result is still in botocore's service-2.json format. Where AWS's TestState applies an older
limit than botocore's model (Lambda's MemorySize), the engine amends the model when it loads it (ModelAmendments.java),
so regenerating keeps the amendment.

Usage: trim_service_models.py BOTOCORE_DATA_DIR OUT_DIR
  e.g. trim_service_models.py "$(python3 -c 'import botocore, os; print(os.path.dirname(botocore.__file__))')/data" \
       engine/src/main/resources/statewise/engine/teststate/schema/models
"""
import gzip
import json
import os
import sys

import botocore

# botocore's folder name and the API version: the services Step Functions' optimized integrations and the
# corpus's AWS SDK integrations call, plus the inspector's common ones (SNS, SQS).
SERVICES = {
    "dynamodb": "2012-08-10",
    "events": "2015-10-07",
    "kms": "2014-11-01",
    "lambda": "2015-03-31",
    "s3": "2006-03-01",
    "sns": "2010-03-31",
    "sqs": "2012-11-05",
    "stepfunctions": "2016-11-23",
}
SHAPE_KEYS = ("type", "required", "min", "max", "enum", "document", "union", "streaming")
REF_KEYS = ("member", "key", "value")


def load(data_dir, service, version):
    base = os.path.join(data_dir, service, version, "service-2.json")
    if os.path.exists(base + ".gz"):
        with gzip.open(base + ".gz", "rt", encoding="utf-8") as f:
            return json.load(f)
    with open(base, encoding="utf-8") as f:
        return json.load(f)


def trim(model):
    shapes = model["shapes"]
    operations = {}
    pending = []
    for name, operation in sorted(model["operations"].items()):
        output = operation.get("output")
        if output is not None:
            operations[name] = {"output": {"shape": output["shape"]}}
            pending.append(output["shape"])
    kept = {}
    while pending:
        name = pending.pop()
        if name in kept:
            continue
        shape = shapes[name]
        slim = {key: shape[key] for key in SHAPE_KEYS if key in shape}
        for key in REF_KEYS:
            if key in shape:
                slim[key] = {"shape": shape[key]["shape"]}
                pending.append(shape[key]["shape"])
        if "members" in shape:
            slim["members"] = {member: {"shape": ref["shape"]} for member, ref in shape["members"].items()}
            pending.extend(ref["shape"] for ref in shape["members"].values())
        kept[name] = slim
    metadata = {key: model["metadata"][key] for key in ("apiVersion", "serviceId", "protocol", "uid")}
    metadata["source"] = "botocore " + botocore.__version__
    return {"metadata": metadata, "operations": operations, "shapes": dict(sorted(kept.items()))}


def main():
    data_dir, out_dir = sys.argv[1], sys.argv[2]
    for service, version in SERVICES.items():
        trimmed = trim(load(data_dir, service, version))
        path = os.path.join(out_dir, service + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(trimmed, f, separators=(",", ":"), sort_keys=False)
            f.write("\n")
        print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
