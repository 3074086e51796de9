"""People (人员): recruitment to hire, appraisal, certificates, and self-service by e-mail.

recruitment — candidates through the pipeline, the offer letter, removal after retention
onboarding  — 录用 → 已入职: the draft contract and the first-month checklist on 首页
appraisal   — targets and results, from collections, 第40条第2项 evidence, 绩效工资
certificates — 收入证明 / 在职证明, numbered and logged
mail        — payslips and certificates e-mailed, locked, sent once
"""
