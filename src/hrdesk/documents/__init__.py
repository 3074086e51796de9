"""PDFs: payslips now; 对账函, handover reports and settlement sheets to come. No widgets, no sessions."""
